package io.github.receiptbridge.onec.errors;

/**
 * The answer was not 1C JSON: an HTML page (a web-server error, a login page, OData not enabled in the
 * publication), Atom XML, or JSON of an unknown shape.
 *
 * @since 0.1.0
 */
public final class OnecUnexpectedResponseException extends OnecException {
  private static final long serialVersionUID = 1L;

  /** The answer's HTTP status. */
  private final int httpStatus;

  /** The start of the answer's body, at most 200 characters. */
  private final String bodySnippet;

  /**
   * An answer that is not 1C JSON.
   *
   * @param call method and decoded path of the request
   * @param httpStatus the HTTP status
   * @param bodySnippet the start of the body
   * @param reason what was wrong and what to do
   */
  public OnecUnexpectedResponseException(String call, int httpStatus, String bodySnippet, String reason) {
    super(call + " returned HTTP " + httpStatus + " with something that is not 1C JSON: " + reason
        + ". Body starts with: " + bodySnippet, null);
    this.httpStatus = httpStatus;
    this.bodySnippet = bodySnippet;
  }

  /**
   * The HTTP status.
   *
   * @return the HTTP status of the answer, such as 200 for a login page or 502 for a web-server error
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The start of the body (at most 200 characters).
   *
   * @return the body's start on one line, or the value that could not be read; empty when the body was empty
   */
  public String bodySnippet() {
    return bodySnippet;
  }

  @Override
  public boolean isRetrySafe() {
    return httpStatus >= 500;
  }
}
