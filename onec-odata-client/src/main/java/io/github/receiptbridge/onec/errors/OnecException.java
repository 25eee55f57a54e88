package io.github.receiptbridge.onec.errors;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception the 1C OData client throws.
 *
 * @since 0.1.0
 */
public abstract class OnecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message that names the condition and what to do.
   *
   * @param message the condition and what to do about it
   * @param cause the failure behind it; {@code null} when there is none
   */
  protected OnecException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether repeating the same call unchanged is safe and may succeed later.
   *
   * @return {@code true} when the same call may simply be repeated; {@code false} when something must be fixed first
   */
  public abstract boolean isRetrySafe();
}
