package io.github.receiptbridge.schetmash.model;

/**
 * The kind of a receipt: the {@code {operation}} path segment of {@code POST /lk/api/v1/{shopId}/{operation}}
 * and the calculation sign (признак расчета, ФФД tag 1054).
 *
 * @since 0.1.0
 */
public enum Operation {
  /** «Приход»: the buyer pays the seller (tag 1054 = 1). */
  SELL("sell", false),
  /** «Возврат прихода»: money goes back to the buyer (tag 1054 = 2). */
  SELL_REFUND("sell_refund", false),
  /** «Расход»: the seller pays out (tag 1054 = 3). */
  BUY("buy", false),
  /** «Возврат расхода» (tag 1054 = 4). */
  BUY_REFUND("buy_refund", false),
  /** «Коррекция прихода»: a correction receipt (чек коррекции) for an income (tag 1054 = 1). */
  SELL_CORRECTION("sell_correction", true),
  /** «Коррекция расхода»: a correction receipt for an expense (tag 1054 = 3). */
  BUY_CORRECTION("buy_correction", true);

  private final String wireValue;
  private final boolean correction;

  Operation(String wireValue, boolean correction) {
    this.wireValue = wireValue;
    this.correction = correction;
  }

  /**
   * The path segment the service expects, for example {@code sell_refund}.
   *
   * @return the lower-case name, which {@code toString()} returns too
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Whether this operation takes a {@link CorrectionRequest} rather than a {@link ReceiptRequest}.
   *
   * @return {@code true} for {@link #SELL_CORRECTION} and {@link #BUY_CORRECTION}
   */
  public boolean isCorrection() {
    return correction;
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
