package io.github.receiptbridge.schetmash.errors;

import io.github.receiptbridge.common.internal.RetryingExecutor;

/**
 * The answer was not one the API defines: an HTML error page (404 for an unknown path, 405 for a wrong method, 500
 * for a server fault), an empty body, or JSON of an unknown shape. A 5xx answer is retry-safe; anything else points
 * at a wrong base URL or an API change.
 *
 * @since 0.1.0
 */
public final class SchetmashUnexpectedResponseException extends SchetmashException {
  private static final long serialVersionUID = 1L;

  /** The answer's HTTP status. */
  private final int httpStatus;

  /** The start of the answer's body, at most 200 characters, secrets redacted. */
  private final String bodySnippet;

  /**
   * An unexpected answer.
   *
   * @param call the method and path of the call, with the token redacted
   * @param httpStatus the HTTP status
   * @param bodySnippet the start of the body, with any secret redacted
   * @param reason what was wrong with it
   */
  public SchetmashUnexpectedResponseException(String call, int httpStatus, String bodySnippet, String reason) {
    super(call + " returned HTTP " + httpStatus + ": " + reason + advice(httpStatus) + ". Body starts with: "
        + bodySnippet, null);
    this.httpStatus = httpStatus;
    this.bodySnippet = bodySnippet;
  }

  private static String advice(int httpStatus) {
    if (httpStatus == 404 || httpStatus == 405) {
      return "; check the base URL (it must end with /lk/api/v1/)";
    }
    if (httpStatus >= 500) {
      return "; the service failed, repeating later is safe";
    }
    return "";
  }

  /**
   * The HTTP status.
   *
   * @return the HTTP status of the answer, such as 404 or 502
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The start of the body (at most 200 characters), secrets redacted.
   *
   * @return the body's start on one line, each run of whitespace made one space; empty when the body was empty
   */
  public String bodySnippet() {
    return bodySnippet;
  }

  @Override
  public boolean isRetrySafe() {
    return RetryingExecutor.isRetryableStatus(httpStatus);
  }
}
