package io.github.receiptbridge.core;

/**
 * How {@link ReceiptRegistrar#refunds} found the payment a refund returns.
 *
 * @since 0.1.0
 */
public enum RefundMatch {
  /** The refund names it: as its basis document or in a settlement row. */
  NAMED,
  /**
   * The refund names no payment; this is the most likely one: the latest earlier payment of the same payer that has a
   * receipt and whose amount is not below the refund's. An operator confirms it by naming it to {@link
   * ReceiptRegistrar#refund}.
   */
  LIKELY,
  /** No payment found: the refund names none (or one the ledger no longer holds) and none is likely. */
  NONE
}
