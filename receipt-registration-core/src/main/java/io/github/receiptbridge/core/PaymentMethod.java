package io.github.receiptbridge.core;

/**
 * How the payment settles the obligation (признак способа расчета), with its number of ФФД tag 1214.
 *
 * @since 0.1.0
 */
public enum PaymentMethod {
  /** «Предоплата 100%» (1). */
  FULL_PREPAYMENT(1),
  /** «Предоплата» (2). */
  PREPAYMENT(2),
  /** «Аванс» (3). */
  ADVANCE(3),
  /** «Полный расчет» (4): a utility bill paid after the month. */
  FULL_PAYMENT(4),
  /** «Частичный расчет и кредит» (5). */
  PARTIAL_PAYMENT(5),
  /** «Передача в кредит» (6). */
  CREDIT(6),
  /** «Оплата кредита» (7). */
  CREDIT_PAYMENT(7);

  private final int tag1214;

  PaymentMethod(int tag1214) {
    this.tag1214 = tag1214;
  }

  /**
   * The number of ФФД tag 1214.
   *
   * @return the tag 1214 number, 1 to 7
   */
  public int tag1214() {
    return tag1214;
  }
}
