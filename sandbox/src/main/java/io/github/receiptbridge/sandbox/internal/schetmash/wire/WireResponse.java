package io.github.receiptbridge.sandbox.internal.schetmash.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.sandbox.internal.schetmash.model.ApiCode;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpJsonEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * One HTTP answer, independent of the server library: status, content type, extra headers and body bytes,
 * plus whether it confirms a newly committed registration (the point where "drop after commit" strikes).
 */
public final class WireResponse {
  /** Content type of zend-diactoros' {@code JsonResponse}. */
  public static final String JSON = "application/json";
  /** Content type of the simulator's own inspection answers, which the real service does not have. */
  public static final String SANDBOX_JSON = "application/json; charset=utf-8";
  /** What PHP sends when a response sets no content type ({@code default_mimetype} + charset). */
  public static final String PHP_DEFAULT_CONTENT_TYPE = "text/html; charset=UTF-8";

  private final int status;
  private final String contentType;
  private final Map<String, String> headers;
  private final byte[] body;
  private final boolean committedRegistration;

  private WireResponse(int status, String contentType, Map<String, String> headers, byte[] body,
      boolean committedRegistration) {
    this.status = status;
    this.contentType = contentType;
    this.headers = Map.copyOf(headers);
    this.body = body;
    this.committedRegistration = committedRegistration;
  }

  /** A JSON answer encoded as {@code JsonResponse} does. */
  public static WireResponse json(int status, JsonNode body) {
    return new WireResponse(status, JSON, Map.of(),
        PhpJsonEncoder.encodeResponse(body).getBytes(StandardCharsets.US_ASCII), false);
  }

  /** HTTP 200 with {@code {"code":..,"message":..}} and the code's table text. */
  public static WireResponse error(ApiCode code) {
    return error(code, code.message());
  }

  /** HTTP 200 with {@code {"code":..,"message":..}}. */
  public static WireResponse error(ApiCode code, String message) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("code", code.code());
    node.put("message", message);
    return json(200, node);
  }

  /** The framework's 404 page. */
  public static WireResponse notFound() {
    return new WireResponse(404, SchetmashHtmlPages.CONTENT_TYPE, Map.of(), SchetmashHtmlPages.notFound(), false);
  }

  /** The framework's 500 page. */
  public static WireResponse serverError() {
    return new WireResponse(500, SchetmashHtmlPages.CONTENT_TYPE, Map.of(), SchetmashHtmlPages.serverError(), false);
  }

  /** 405 with an empty body and the {@code Allow} header. */
  public static WireResponse methodNotAllowed(String allow) {
    return new WireResponse(405, PHP_DEFAULT_CONTENT_TYPE, Map.of("Allow", allow), new byte[0], false);
  }

  /** The implicit OPTIONS answer: 200, empty body, {@code Allow} header. */
  public static WireResponse options(String allow) {
    return new WireResponse(200, PHP_DEFAULT_CONTENT_TYPE, Map.of("Allow", allow), new byte[0], false);
  }

  /** HTTP 200 with a UTF-8 JSON body of the simulator's own inspection routes. */
  public static WireResponse sandboxJson(byte[] utf8Json) {
    return new WireResponse(200, SANDBOX_JSON, Map.of(), utf8Json.clone(), false);
  }

  /** This answer, marked as the confirmation of a receipt that has just been stored. */
  public WireResponse asCommittedRegistration() {
    return new WireResponse(status, contentType, headers, body, true);
  }

  /** The same status and headers without a body, as sent for HEAD. */
  public WireResponse withoutBody() {
    return new WireResponse(status, contentType, headers, new byte[0], committedRegistration);
  }

  /**
   * The same status and headers with only the first half of the body, as a proxy that breaks the transfer
   * off would deliver it; the marks are kept.
   */
  public WireResponse withBodyCutInHalf() {
    return new WireResponse(status, contentType, headers, Arrays.copyOf(body, body.length / 2),
        committedRegistration);
  }

  /** True for a JSON answer that has a body (HEAD answers and HTML pages have none or are not JSON). */
  public boolean hasJsonBody() {
    return JSON.equals(contentType) && body.length > 0;
  }

  /** HTTP status code. */
  public int status() {
    return status;
  }

  /** The {@code Content-Type} header value. */
  public String contentType() {
    return contentType;
  }

  /** Further headers, e.g. {@code Allow}. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Body bytes (ASCII for JSON, UTF-8 for HTML). */
  public byte[] body() {
    return body.clone();
  }

  /** True when the answer confirms a receipt stored by this very request. */
  public boolean committedRegistration() {
    return committedRegistration;
  }

  /** Reason phrase as nginx writes it in front of PHP-FPM. */
  public String reasonPhrase() {
    switch (status) {
      case 200: return "OK";
      case 400: return "Bad Request";
      case 404: return "Not Found";
      case 405: return "Not Allowed";
      case 500: return "Internal Server Error";
      default: return "Status";
    }
  }
}
