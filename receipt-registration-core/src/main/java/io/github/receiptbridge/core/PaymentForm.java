package io.github.receiptbridge.core;

/**
 * The form of a receipt's payment, with the ФФД tag that carries its sum.
 *
 * @since 0.1.0
 */
public enum PaymentForm {
  /** «Безналичными» (tag 1081): a bank transfer, the form of every payment received on a bank account. */
  ELECTRONIC(1081),
  /** «Предоплатой (зачет аванса)» (tag 1215). */
  PREPAYMENT(1215),
  /** «Постоплатой (в кредит)» (tag 1216). */
  CREDIT(1216);

  private final int ffdTag;

  PaymentForm(int ffdTag) {
    this.ffdTag = ffdTag;
  }

  /**
   * The ФФД tag of the payment's sum: 1081, 1215 or 1216.
   *
   * @return 1081 for {@link #ELECTRONIC}, 1215 for {@link #PREPAYMENT}, 1216 for {@link #CREDIT}
   */
  public int ffdTag() {
    return ffdTag;
  }
}
