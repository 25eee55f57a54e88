package io.github.receiptbridge.onec.errors;

/**
 * Code 14 (HTTP 400): 1C could not parse a query option such as {@code $filter}.
 *
 * @since 0.1.0
 */
public final class OnecQueryException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by 1C.
   *
   * @param call the method and decoded path of the request
   * @param httpStatus the HTTP status of the answer
   * @param odataCode the {@code code} of the answer's body; empty when it had none
   * @param odataMessage the message of the answer's body, verbatim
   */
  public OnecQueryException(String call, int httpStatus, String odataCode, String odataMessage) {
    super(call, httpStatus, odataCode, odataMessage,
        "This is a bug of the query; report it with the decoded URL");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
