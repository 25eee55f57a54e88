package io.github.receiptbridge.core;

/**
 * What {@link ReceiptRegistrar#register} will do with a filled document.
 *
 * @since 0.1.0
 */
public enum PlannedAction {
  /** Send a receipt: eligible and not sent yet. */
  SEND,
  /** A receipt was already sent (the ledger has its id); nothing is sent again. */
  ALREADY_SENT,
  /** Not eligible; the reason says why. Never written to the ledger. */
  SKIP
}
