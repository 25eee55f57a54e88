package io.github.receiptbridge.onec.errors;

/**
 * Code 9 (HTTP 404): no entity has the key in the URL.
 *
 * @since 0.1.0
 */
public final class OnecNotFoundException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by 1C.
   *
   * @param call the method and decoded path of the request
   * @param httpStatus the HTTP status of the answer
   * @param odataCode the {@code code} of the answer's body; empty when it had none
   * @param odataMessage the message of the answer's body, verbatim
   */
  public OnecNotFoundException(String call, int httpStatus, String odataCode, String odataMessage) {
    super(call, httpStatus, odataCode, odataMessage,
        "The object was deleted or the key is wrong");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
