package io.github.receiptbridge.core;

import org.jspecify.annotations.Nullable;

/**
 * A call to the fiscal service or to the ledger failed: unreachable, an error page, an answer it did not understand,
 * a write it refused. The document's outcome says so and the run goes on with the next; the subclasses name the
 * failures the workflow treats otherwise. The message is the client's, and the client's exception is the cause.
 *
 * @since 0.1.0
 */
public class ServiceFailureException extends RegistrationException {
  private static final long serialVersionUID = 1L;

  /** Whether repeating a failed call unchanged is safe and may succeed later. */
  public enum Retry {
    /** Safe, and it may succeed later: the service was unreachable or busy. */
    SAFE,
    /** Not safe or pointless: something must be fixed first. */
    UNSAFE
  }

  /** Whether repeating the failed call unchanged is safe and may succeed later. */
  private final Retry retry;

  /** Which service failed and how. */
  private final FailureKind kind;

  /**
   * A failure described by {@code message}, of kind {@link FailureKind#OTHER}.
   *
   * @param message what failed, naming the service
   * @param cause the exception of the service's client, if any
   * @param retry whether repeating the call unchanged is safe and may succeed later
   */
  public ServiceFailureException(String message, @Nullable Throwable cause, Retry retry) {
    this(message, cause, retry, FailureKind.OTHER);
  }

  /**
   * A failure described by {@code message}.
   *
   * @param message what failed, naming the service
   * @param cause the exception of the service's client, if any
   * @param retry whether repeating the call unchanged is safe and may succeed later
   * @param kind which service failed and how: what a failed document's {@link DocumentOutcome#failureKind()} says
   */
  public ServiceFailureException(String message, @Nullable Throwable cause, Retry retry, FailureKind kind) {
    super(message, cause);
    this.retry = retry;
    this.kind = kind;
  }

  @Override
  public boolean isRetrySafe() {
    return retry == Retry.SAFE;
  }

  /**
   * Which service failed and how, as the adapter that translated the client's exception judged it.
   *
   * @return the kind, {@link FailureKind#OTHER} unless the constructor was given another
   */
  public FailureKind failureKind() {
    return kind;
  }
}
