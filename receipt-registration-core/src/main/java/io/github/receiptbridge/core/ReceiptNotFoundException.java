package io.github.receiptbridge.core;

import org.jspecify.annotations.Nullable;

/**
 * The fiscal service does not know a receipt id it was asked about: typed in 1C by hand, left by another program, or
 * from another shop. Never retried; a person checks the service's cabinet.
 *
 * @since 0.1.0
 */
public class ReceiptNotFoundException extends ServiceFailureException {
  private static final long serialVersionUID = 1L;

  /**
   * The service's answer, described by {@code message}.
   *
   * @param message what the service said, naming the receipt id
   * @param cause the exception of the service's client, if any
   */
  public ReceiptNotFoundException(String message, @Nullable Throwable cause) {
    super(message, cause, Retry.UNSAFE);
  }
}
