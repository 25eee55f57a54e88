package io.github.receiptbridge.core;


/**
 * Which part of the workflow a {@link RunReport} or a {@link ProgressListener} event is about. The display name is
 * what the report file's {@code phase} and the CLI's progress show.
 *
 * @since 0.1.0
 */
public enum Phase {
  /** {@link ReceiptRegistrar#register}: send every document not yet sent. */
  REGISTER("register"),
  /** {@link ReceiptRegistrar#checkStatuses}: ask the service for every receipt not yet {@code success}. */
  STATUS("status"),
  /** {@link ReceiptRegistrar#dryRun}: build and check every receipt; send and write nothing. */
  DRY_RUN("dry-run"),
  /** {@link ReceiptRegistrar#audit}: compare every receipt with the books. */
  AUDIT("audit"),
  /** {@link ReceiptRegistrar#reissue}: re-issue the named documents' finally rejected receipts. */
  REISSUE("reissue"),
  /** {@link ReceiptRegistrar#refund}: send the «возврат прихода» receipt of a refund document an operator named. */
  REFUND("refund"),
  /** A correction: a refund of a receipt that no longer matches its document and a new receipt for it. */
  CORRECT("correct"),
  /** {@link ReceiptRegistrar#run}: a register pass, then status passes; a report's phase only, never a pass's. */
  RUN("run");

  private final String displayName;

  Phase(String displayName) {
    this.displayName = displayName;
  }

  /**
   * The name the report file and the CLI show: {@code register}, {@code status}, {@code dry-run}, and so on.
   *
   * @return the lower-case name, with a hyphen between words
   */
  public String displayName() {
    return displayName;
  }

  /** The {@link #displayName()}. */
  @Override
  public String toString() {
    return displayName;
  }
}
