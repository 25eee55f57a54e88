package io.github.receiptbridge.onec.errors;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception the 1C OData client throws.
 *
 * @since 0.1.0
 */
public abstract class OnecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that names the condition and what to do. */
  protected OnecException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** Whether repeating the same call unchanged is safe and may succeed later. */
  public abstract boolean isRetrySafe();
}
