package io.github.receiptbridge.core;

import org.jspecify.annotations.Nullable;

/**
 * A registration got no usable answer, so the service may or may not hold the receipt. Retry-safe: sending the same
 * body with the same external_id to the same shop returns the first receipt's id if there is one; the workflow settles
 * it that way, never by a lookup that could find a receipt of another shop.
 *
 * @since 0.1.0
 */
public final class OutcomeUnknownException extends ServiceFailureException {
  private static final long serialVersionUID = 1L;

  /**
   * An unknown outcome; {@code cause} is the client's exception, if any.
   *
   * @param message what failed, naming the service
   * @param cause the client's exception; {@code null} when there is none
   */
  public OutcomeUnknownException(String message, @Nullable Throwable cause) {
    super(message, cause, Retry.SAFE, FailureKind.FISCAL_SERVICE_UNREACHABLE);
  }
}
