package io.github.receiptbridge.core;

import org.jspecify.annotations.Nullable;

/**
 * A failure every following document would hit the same way, so the run stops at once ({@link RunAbortedException}):
 * refused credentials or token, an unknown shop or operation, access denied, an entity set that 1C does not publish.
 * Not retry-safe: the setup must be fixed first.
 *
 * @since 0.1.0
 */
public final class FatalServiceException extends ServiceFailureException {
  private static final long serialVersionUID = 1L;

  /**
   * A fatal failure of kind {@link FailureKind#OTHER}; {@code cause} is the client's exception, if any.
   *
   * @param message what failed and what to fix, naming the service
   * @param cause the client's exception; {@code null} when there is none
   */
  public FatalServiceException(String message, @Nullable Throwable cause) {
    this(message, cause, FailureKind.OTHER);
  }

  /**
   * A fatal failure of {@code kind} ({@link FailureKind#FISCAL_SERVICE_REFUSED}, {@link FailureKind#LEDGER_REFUSED});
   * {@code cause} is the client's exception, if any.
   *
   * @param message what failed and what to fix, naming the service
   * @param cause the client's exception; {@code null} when there is none
   * @param kind which service refused
   */
  public FatalServiceException(String message, @Nullable Throwable cause, FailureKind kind) {
    super(message, cause, Retry.UNSAFE, kind);
  }
}
