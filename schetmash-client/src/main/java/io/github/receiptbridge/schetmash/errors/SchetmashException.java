package io.github.receiptbridge.schetmash.errors;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception the «Счетмаш Онлайн» client throws.
 *
 * @since 0.1.0
 */
public abstract class SchetmashException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message that names the condition and what to do.
   *
   * @param message the condition and what to do about it
   * @param cause the failure behind it; {@code null} when there is none
   */
  protected SchetmashException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether repeating the same call unchanged (same {@code external_id} for a registration) cannot create a second
   * receipt and may succeed later. {@code false} means something must be fixed first: credentials, the shop id, the
   * receipt data.
   *
   * @return {@code true} when the same call may simply be repeated
   */
  public abstract boolean isRetrySafe();
}
