package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.query.UrlDecoding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the simulator sees it: method, the raw and decoded target, decoded path segments and query
 * parameters, the headers it reads, and the body.
 *
 * @param method        the HTTP method
 * @param rawPath       the path as received (percent-encoded)
 * @param rawQuery      the query string as received, or {@code null}
 * @param segments      the decoded path segments
 * @param parameters    the decoded query parameters in order, each {@code {name, value}}
 * @param authorization the {@code Authorization} header, or {@code null}
 * @param accept        the {@code Accept} header, or {@code null}
 * @param body          the body bytes (empty when none)
 */
record ODataRequest(String method, String rawPath, @Nullable String rawQuery, List<String> segments,
    List<String[]> parameters, @Nullable String authorization, @Nullable String accept, byte[] body) {

  /** Parses a request target such as {@code /acc/odata/standard.odata/Catalog_%D0%9E…?$format=json}. */
  public static ODataRequest of(String method, String target, String authorization, String accept, byte[] body) {
    int question = target.indexOf('?');
    String rawPath = question < 0 ? target : target.substring(0, question);
    String rawQuery = question < 0 ? null : target.substring(question + 1);
    return new ODataRequest(method, rawPath, rawQuery, UrlDecoding.pathSegments(rawPath),
        UrlDecoding.queryParameters(rawQuery), authorization, accept, body);
  }

  /** The value of a query parameter (the last one of that name), or {@code null}. */
  public @Nullable String parameter(String name) {
    String value = null;
    for (String[] parameter : parameters) {
      if (parameter[0].equals(name)) {
        value = parameter[1];
      }
    }
    return value;
  }

  /** {@code METHOD /decoded/path?decoded query}, as the request log keeps it. */
  public String decodedLine() {
    String path = UrlDecoding.decode(rawPath);
    return method + " " + (rawQuery == null ? path : path + "?" + UrlDecoding.decode(rawQuery));
  }

  /** Whether the method changes data (POST, PATCH, MERGE, PUT, DELETE). */
  public boolean isWrite() {
    switch (method) {
      case "POST":
      case "PATCH":
      case "MERGE":
      case "PUT":
      case "DELETE":
        return true;
      default:
        return false;
    }
  }
}
