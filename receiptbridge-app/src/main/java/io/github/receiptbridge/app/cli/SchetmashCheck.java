package io.github.receiptbridge.app.cli;

/** Whether a pass checks that Счетмаш answers before it reads 1C: every pass that sends or asks Счетмаш does. */
public enum SchetmashCheck {
  /** Log in to Счетмаш first, so a wrong password stops the command before 1C is read. */
  FIRST,
  /** The pass never calls Счетмаш (a dry run). */
  NONE
}
