package io.github.receiptbridge.onec.errors;

/**
 * Code 20 (HTTP 401/403): the user lacks the right for this object or a record-level restriction applies.
 *
 * @since 0.1.0
 */
public final class OnecAccessDeniedException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by 1C.
   *
   * @param call the method and decoded path of the request
   * @param httpStatus the HTTP status of the answer
   * @param odataCode the {@code code} of the answer's body; empty when it had none
   * @param odataMessage the message of the answer's body, verbatim
   */
  public OnecAccessDeniedException(String call, int httpStatus, String odataCode, String odataMessage) {
    super(call, httpStatus, odataCode, odataMessage,
        "Give the 1C user the rights for this object, or read with allowedOnly");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
