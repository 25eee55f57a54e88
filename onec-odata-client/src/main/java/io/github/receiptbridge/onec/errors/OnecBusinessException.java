package io.github.receiptbridge.onec.errors;

/**
 * Code -1 (HTTP 500): the configuration refused the operation, for example a write handler, a closed period or
 * missing rights; the message is 1C's.
 *
 * @since 0.1.0
 */
public final class OnecBusinessException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by 1C.
   *
   * @param call the method and decoded path of the request
   * @param httpStatus the HTTP status of the answer
   * @param odataCode the {@code code} of the answer's body; empty when it had none
   * @param odataMessage the message of the answer's body, verbatim
   */
  public OnecBusinessException(String call, int httpStatus, String odataCode, String odataMessage) {
    super(call, httpStatus, odataCode, odataMessage,
        "Fix the cause in 1C; repeating the same write will fail the same way");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
