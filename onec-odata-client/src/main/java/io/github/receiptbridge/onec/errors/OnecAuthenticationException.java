package io.github.receiptbridge.onec.errors;

/**
 * HTTP 401: the user name or password is wrong, or the user may not use the OData interface.
 *
 * @since 0.1.0
 */
public final class OnecAuthenticationException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by 1C.
   *
   * @param call the method and decoded path of the request
   * @param httpStatus the HTTP status of the answer
   * @param odataCode the {@code code} of the answer's body; empty when it had none
   * @param odataMessage the message of the answer's body, verbatim
   */
  public OnecAuthenticationException(String call, int httpStatus, String odataCode, String odataMessage) {
    super(call, httpStatus, odataCode, odataMessage,
        "Check ONEC_USER and ONEC_PASSWORD; the user needs the rights to read and write these objects");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
