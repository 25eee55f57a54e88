package io.github.receiptbridge.onec.errors;

/**
 * Code 15 (HTTP 400): a record with this key already exists; the old record was left unchanged.
 *
 * @since 0.1.0
 */
public final class OnecDuplicateKeyException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by 1C.
   *
   * @param call the method and decoded path of the request
   * @param httpStatus the HTTP status of the answer
   * @param odataCode the {@code code} of the answer's body; empty when it had none
   * @param odataMessage the message of the answer's body, verbatim
   */
  public OnecDuplicateKeyException(String call, int httpStatus, String odataCode, String odataMessage) {
    super(call, httpStatus, odataCode, odataMessage,
        "Update it with PATCH on its key URL instead");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
