package io.github.receiptbridge.app.serve;

/** Where a pass stands. */
public enum PassState {
  /** Running now. */
  RUNNING,
  /** Finished; the report says what it did. */
  FINISHED,
  /** Failed as a whole (1C or Счетмаш unreachable, credentials refused, setup missing); the error says why. */
  FAILED,
  /** Not run: a pass of the same organization was running when it was due. */
  SKIPPED
}
