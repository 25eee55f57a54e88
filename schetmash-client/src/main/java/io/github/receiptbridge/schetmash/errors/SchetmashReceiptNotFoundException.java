package io.github.receiptbridge.schetmash.errors;

/**
 * Code 8 «Некорректный id чека»: no receipt has this id or external_id.
 *
 * @since 0.1.0
 */
public final class SchetmashReceiptNotFoundException extends SchetmashApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by the service.
   *
   * @param httpStatus the HTTP status of the answer (this API sends most business errors with 200)
   * @param apiMessage the {@code message} of the answer's body, verbatim
   */
  public SchetmashReceiptNotFoundException(int httpStatus, String apiMessage) {
    super(httpStatus, 8, apiMessage, "Check the receipt id or external_id; "
        + "a receipt the service never stored is not an error of the lookup");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
