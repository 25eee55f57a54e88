package io.github.receiptbridge.core;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception of the registration workflow: its own (setup, unknown document, a stopped run) and the
 * failures of the fiscal service and the ledger, translated by their adapters into {@link ServiceFailureException}s
 * with the client's exception as the cause.
 *
 * @since 0.1.0
 */
public abstract class RegistrationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message that says what to do.
   *
   * @param message what went wrong, and what to do about it
   * @param cause the client's exception or other failure behind it; {@code null} when there is none
   */
  protected RegistrationException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether repeating the same call unchanged cannot create a second receipt and may succeed later. {@code false}
   * means something must be fixed first: the setup, the credentials, the document, the receipt data.
   *
   * @return {@code true} when a later repeat is safe and may succeed, {@code false} when something must be fixed first
   */
  public abstract boolean isRetrySafe();
}
