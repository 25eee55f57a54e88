package io.github.receiptbridge.onec.errors;

/**
 * Code 6 (HTTP 400): a property in the URL does not exist in this configuration («Сегмент пути … не найден»).
 *
 * @since 0.1.0
 */
public final class OnecUnknownFieldException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by 1C.
   *
   * @param call the method and decoded path of the request
   * @param httpStatus the HTTP status of the answer
   * @param odataCode the {@code code} of the answer's body; empty when it had none
   * @param odataMessage the message of the answer's body, verbatim
   */
  public OnecUnknownFieldException(String call, int httpStatus, String odataCode, String odataMessage) {
    super(call, httpStatus, odataCode, odataMessage,
        "The configuration release may name it differently; check $metadata");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
