package io.github.receiptbridge.sandbox.internal.onec.wire;

import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP answer, independent of the server library.
 *
 * @param status      HTTP status
 * @param contentType {@code Content-Type}, or {@code null} for none
 * @param headers     further headers (values may hold raw UTF-8, as 1C's {@code Location} does)
 * @param body        body bytes
 */
public record ODataResponse(int status, String contentType, Map<String, String> headers, byte[] body) {
  /** Content type of XML documents and errors. */
  public static final String XML = "application/xml;charset=utf-8";
  /** Content type of HTML pages. */
  public static final String HTML = "text/html; charset=utf-8";

  /** Copies the headers. */
  public ODataResponse {
    headers = Map.copyOf(headers);
  }

  /** An answer without extra headers. */
  public static ODataResponse of(int status, String contentType, byte[] body) {
    return new ODataResponse(status, contentType, Map.of(), body);
  }

  /** A JSON answer in {@code format}. */
  public static ODataResponse json(int status, ResponseFormat format, byte[] body) {
    return of(status, format.jsonContentType(), body);
  }

  /** The error as JSON, or as {@code <m:error>} when the request asked for Atom. */
  public static ODataResponse error(ODataError error, ResponseFormat format) {
    if (format.isJson()) {
      return json(error.status(), format, JsonBodies.error(error.code(), error.getMessage()));
    }
    return of(error.status(), XML, AtomBodies.error(error.code(), error.getMessage()));
  }

  /** A plain-text answer. */
  public static ODataResponse text(int status, String text) {
    return of(status, "text/plain;charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether this is a JSON answer with a non-empty body. */
  public boolean hasJsonBody() {
    return contentType != null && contentType.startsWith("application/json") && body.length > 0;
  }

  /** Whether this is Atom XML (a feed, an entry, the service document) or an XML error. */
  public boolean isAtomOrXmlError() {
    return contentType != null
        && (contentType.startsWith("application/atom") || XML.equals(contentType) && status >= 400);
  }

  /** The same status and headers with only the first half of the body, as a broken proxy delivers it. */
  public ODataResponse withBodyCutInHalf() {
    return new ODataResponse(status, contentType, headers, Arrays.copyOf(body, body.length / 2));
  }

  /** This answer with one more header. */
  public ODataResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ODataResponse(status, contentType, more, body);
  }
}
