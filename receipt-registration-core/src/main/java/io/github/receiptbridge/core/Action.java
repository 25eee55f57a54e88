package io.github.receiptbridge.core;

/**
 * What a run did with a document: the {@link DocumentOutcome#action()} of each record of a {@link RunReport}.
 *
 * @since 0.1.0
 */
public enum Action {
  /** A receipt was registered and its id, status and date written to the ledger (1C). */
  SENT,
  /** The ledger already held a receipt for the document; nothing was sent. */
  ALREADY_SENT,
  /** Not eligible, or not sendable as it is; the reason says why. Nothing was sent or written. */
  SKIPPED,
  /** The status was asked from the service and written to the ledger. */
  UPDATED,
  /** Something failed; the error says what. The next run repeats it safely. */
  FAILED,
  /** Dry run only: the receipt would be sent; the report carries its JSON. Nothing was sent or written. */
  PLANNED,
  /**
   * The registration got no answer, not even when sent once more to the same shop; the next run sends it again under
   * the same external_id, which can only return the first receipt.
   */
  UNKNOWN,
  /**
   * The books and the receipt disagree: the receipt's total is not the document's amount, or a document with a receipt
   * is now marked for deletion or unposted. The payment needs a refund or correction receipt, which a person decides;
   * nothing was sent or written.
   */
  MISMATCH
}
