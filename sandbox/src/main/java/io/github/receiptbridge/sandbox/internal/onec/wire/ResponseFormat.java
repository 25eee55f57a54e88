package io.github.receiptbridge.sandbox.internal.onec.wire;

import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The representation a request gets: JSON at one of the three metadata levels, or Atom XML, which is what 1C
 * answers when neither {@code $format} nor an {@code Accept: application/json} asks for JSON.
 */
public enum ResponseFormat {
  /** {@code $format=json}: {@code odata.metadata} and navigation links. */
  JSON_MINIMAL("minimalmetadata"),
  /** {@code odata=nometadata}: data only. */
  JSON_NONE("nometadata"),
  /** {@code odata=fullmetadata}: also type, id and edit link of each entity. */
  JSON_FULL("fullmetadata"),
  /** Atom XML. */
  ATOM(null);

  private final String level;

  ResponseFormat(String level) {
    this.level = level;
  }

  /**
   * The format for a {@code $format} option and an {@code Accept} header, the option winning.
   *
   * @param formatOption the option, or {@code null}
   * @param accept       the header, or {@code null}
   * @throws ODataError 400 / 3 for a {@code $format} 1C cannot produce
   */
  public static ResponseFormat negotiate(@Nullable String formatOption, @Nullable String accept) {
    if (formatOption != null) {
      String format = formatOption.trim().toLowerCase(Locale.ROOT);
      if ("json".equals(format) || format.startsWith("application/json")) {
        return jsonLevel(format);
      }
      if ("atom".equals(format) || "xml".equals(format) || format.startsWith("application/atom+xml")
          || format.startsWith("application/xml")) {
        return ATOM;
      }
      throw new ODataError(400, "3", "Запрошенное представление не поддерживается: " + formatOption);
    }
    if (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json")) {
      return jsonLevel(accept.toLowerCase(Locale.ROOT));
    }
    return ATOM;
  }

  private static ResponseFormat jsonLevel(String mediaType) {
    if (mediaType.contains("odata=nometadata")) {
      return JSON_NONE;
    }
    return mediaType.contains("odata=fullmetadata") ? JSON_FULL : JSON_MINIMAL;
  }

  /** Whether this is one of the JSON levels. */
  public boolean isJson() {
    return this != ATOM;
  }

  /** Whether {@code odata.metadata} and navigation links are sent. */
  public boolean withMetadata() {
    return this == JSON_MINIMAL || this == JSON_FULL;
  }

  /** The {@code Content-Type} of a JSON answer in this format. */
  public String jsonContentType() {
    return "application/json;odata=" + (level == null ? "minimalmetadata" : level) + ";charset=utf-8";
  }
}
