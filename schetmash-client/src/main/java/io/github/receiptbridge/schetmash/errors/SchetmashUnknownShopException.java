package io.github.receiptbridge.schetmash.errors;

/**
 * Code 5 «Некорректный магазин»: no shop has the id in the URL.
 *
 * @since 0.1.0
 */
public final class SchetmashUnknownShopException extends SchetmashApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by the service.
   *
   * @param httpStatus the HTTP status of the answer (this API sends most business errors with 200)
   * @param apiMessage the {@code message} of the answer's body, verbatim
   */
  public SchetmashUnknownShopException(int httpStatus, String apiMessage) {
    super(httpStatus, 5, apiMessage, "Check SCHETMASH_SHOP_ID: it must be the numeric id of a shop in the cabinet");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
