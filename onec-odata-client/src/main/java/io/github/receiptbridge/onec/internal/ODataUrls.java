package io.github.receiptbridge.onec.internal;

import io.github.receiptbridge.onec.query.ODataQuery;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;

/**
 * Builds request URLs. Cyrillic names are percent-encoded as UTF-8, spaces as {@code %20} (never {@code +}, which
 * 1C behind IIS reads literally), {@code +}, {@code &}, {@code #}, {@code %} and {@code =} in values are escaped;
 * OData punctuation ({@code $ ( ) , : / *}) stays readable. OkHttp additionally writes {@code '} as {@code %27}.
 */
public final class ODataUrls {
  private static final String KEEP = "-._~$()*,:/@!;";
  private static final boolean[] KEPT = keptCharacters();
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ODataUrls() {}

  /** The URL of a read. */
  public static HttpUrl query(HttpUrl serviceRoot, ODataQuery query) {
    HttpUrl.Builder url = serviceRoot.newBuilder().addPathSegment(query.entitySet());
    for (Map.Entry<String, String> option : query.options().entrySet()) {
      url.addEncodedQueryParameter(option.getKey(), encode(option.getValue()));
    }
    return url.build();
  }

  /** The URL of {@code <set>/$count} with the query's filter: a plain number, not JSON. */
  public static HttpUrl count(HttpUrl serviceRoot, ODataQuery query) {
    HttpUrl.Builder url = serviceRoot.newBuilder().addPathSegment(query.entitySet()).addPathSegment("$count");
    query.filter().ifPresent(filter -> url.addEncodedQueryParameter("$filter", encode(filter.render())));
    return url.build();
  }

  /** The URL of an entity set itself, for a POST. */
  public static HttpUrl entitySet(HttpUrl serviceRoot, String entitySet) {
    return serviceRoot.newBuilder().addPathSegment(entitySet).addEncodedQueryParameter("$format", "json").build();
  }

  /** The service document (list of published entity sets). */
  public static HttpUrl serviceDocument(HttpUrl serviceRoot) {
    return serviceRoot.newBuilder().addEncodedQueryParameter("$format", "json").build();
  }

  /**
   * The key URL of an additional-info record: {@code InformationRegister_ДополнительныеСведения(Объект='…',
   * Объект_Type='StandardODATA.Document_…',Свойство_Key=guid'…')}. The {@code _Type} must carry the namespace or 1C
   * answers 400.
   */
  public static HttpUrl additionalInfoRecord(HttpUrl serviceRoot, UUID objectKey, String objectType, UUID property) {
    String segment = ODataNames.ADDITIONAL_INFO + "("
        + ODataNames.OBJECT + "='" + objectKey + "',"
        + ODataNames.OBJECT_TYPE + "='" + ODataNames.qualified(objectType).replace("'", "''") + "',"
        + ODataNames.PROPERTY_KEY + "=guid'" + property + "')";
    return serviceRoot.newBuilder().addPathSegment(segment).addEncodedQueryParameter("$format", "json").build();
  }

  /** {@code url} with path and query decoded, for log lines and messages. */
  public static String decoded(HttpUrl url) {
    StringBuilder text = new StringBuilder();
    for (String segment : url.pathSegments()) {
      text.append('/').append(segment);
    }
    String query = url.query();
    return query == null ? text.toString() : text + "?" + query;
  }

  /** Percent-encodes {@code value} as UTF-8, keeping unreserved characters and OData punctuation. */
  static String encode(String value) {
    StringBuilder out = new StringBuilder(encodedLength(value));
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        if (KEPT[c]) {
          out.append(c);
        } else {
          appendEscaped(out, c);
        }
      } else if (c < 0x800) {
        appendEscaped(out, 0xC0 | (c >> 6));
        appendEscaped(out, 0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, value.charAt(++i));
        appendEscaped(out, 0xF0 | (codePoint >> 18));
        appendEscaped(out, 0x80 | ((codePoint >> 12) & 0x3F));
        appendEscaped(out, 0x80 | ((codePoint >> 6) & 0x3F));
        appendEscaped(out, 0x80 | (codePoint & 0x3F));
      } else if (Character.isSurrogate(c)) {
        appendEscaped(out, '?'); // a lone surrogate: what String.getBytes(UTF_8) writes
      } else {
        appendEscaped(out, 0xE0 | (c >> 12));
        appendEscaped(out, 0x80 | ((c >> 6) & 0x3F));
        appendEscaped(out, 0x80 | (c & 0x3F));
      }
    }
    return out.toString();
  }

  /** The length {@link #encode} gives {@code value}, counted without building it. */
  static int encodedLength(String value) {
    int encoded = 0;
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        encoded += KEPT[c] ? 1 : 3;
      } else if (c < 0x800) {
        encoded += 6;
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
        encoded += 12;
        i++;
      } else {
        encoded += Character.isSurrogate(c) ? 3 : 9;
      }
    }
    return encoded;
  }

  private static void appendEscaped(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }

  private static boolean[] keptCharacters() {
    boolean[] kept = new boolean[0x80];
    for (char c = 'a'; c <= 'z'; c++) {
      kept[c] = true;
      kept[Character.toUpperCase(c)] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      kept[c] = true;
    }
    for (char c : (KEEP + "'").toCharArray()) {
      kept[c] = true;
    }
    return kept;
  }
}
