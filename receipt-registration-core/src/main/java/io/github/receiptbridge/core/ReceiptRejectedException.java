package io.github.receiptbridge.core;

import org.jspecify.annotations.Nullable;

/**
 * The fiscal service rejects a receipt as invalid, by its own check before sending or in its answer. Sending the same
 * body again is pointless: the document's data must change first. Not retry-safe.
 *
 * @since 0.1.0
 */
public final class ReceiptRejectedException extends ServiceFailureException {
  private static final long serialVersionUID = 1L;

  /** The service's own words for what is wrong with the receipt. */
  private final String reason;

  /**
   * A rejected receipt.
   *
   * @param reason the service's own words for what is wrong, fit for a skip reason
   * @param message the full message, naming the service
   * @param cause the exception of the service's client, if any
   */
  public ReceiptRejectedException(String reason, String message, @Nullable Throwable cause) {
    super(message, cause, Retry.UNSAFE, FailureKind.RECEIPT_REJECTED);
    this.reason = reason;
  }

  /**
   * The service's own words for what is wrong with the receipt.
   *
   * @return the reason, such as a rule's text of the service
   */
  public String reason() {
    return reason;
  }
}
