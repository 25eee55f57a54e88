package io.github.receiptbridge.onec.internal;

import io.github.receiptbridge.onec.query.ODataQuery;
import java.nio.charset.StandardCharsets;
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
    StringBuilder out = new StringBuilder(value.length() * 2);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\''
          || (c < 0x80 && KEEP.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
