package io.github.receiptbridge.schetmash.errors;

/**
 * Code 7 «Нет доступных ККТ»: the shop has no enabled and fiscalized cash register. Registration and reports both
 * fail until one is active; repeating later is safe.
 *
 * @since 0.1.0
 */
public final class SchetmashNoActiveCashRegisterException extends SchetmashApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by the service.
   *
   * @param httpStatus the HTTP status of the answer (this API sends most business errors with 200)
   * @param apiMessage the {@code message} of the answer's body, verbatim
   */
  public SchetmashNoActiveCashRegisterException(int httpStatus, String apiMessage) {
    super(httpStatus, 7, apiMessage,
        "Enable and fiscalize a cash register (ККТ) for this shop in the cabinet, then repeat");
  }

  @Override
  public boolean isRetrySafe() {
    return true;
  }
}
