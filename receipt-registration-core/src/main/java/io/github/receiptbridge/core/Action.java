package io.github.receiptbridge.core;

/** What a run did with a document (design.md §6). */
public enum Action {
  /** A receipt was registered and its id, status and date written to 1C. */
  SENT,
  /** 1C already held a receipt for the document; nothing was sent. */
  ALREADY_SENT,
  /** Not eligible, or not sendable as it is; the reason says why. Nothing was sent or written. */
  SKIPPED,
  /** The status was asked from the service and written to 1C. */
  UPDATED,
  /** Something failed; the error says what. The next run repeats it safely. */
  FAILED,
  /** Dry run only: the receipt would be sent; the report carries its JSON. Nothing was sent or written. */
  PLANNED,
  /** The registration got no answer and the receipt was not found by its external_id; the next run sends it. */
  UNKNOWN
}
