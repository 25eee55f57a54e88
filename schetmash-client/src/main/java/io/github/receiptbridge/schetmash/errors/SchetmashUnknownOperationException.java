package io.github.receiptbridge.schetmash.errors;

/**
 * Code 6 «Некорректная операция»: the operation in the URL is not one the service knows.
 *
 * @since 0.1.0
 */
public final class SchetmashUnknownOperationException extends SchetmashApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by the service.
   *
   * @param httpStatus the HTTP status of the answer (this API sends most business errors with 200)
   * @param apiMessage the {@code message} of the answer's body, verbatim
   */
  public SchetmashUnknownOperationException(int httpStatus, String apiMessage) {
    super(httpStatus, 6, apiMessage, "Use one of sell, sell_refund, buy, buy_refund, sell_correction, buy_correction");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
