package io.github.receiptbridge.core;

/**
 * A run stopped at once because going on could not succeed: a {@link FatalServiceException} (the credentials of
 * Счетмаш or 1C were refused, the shop is unknown), or the documents could not be read from 1C. Documents finished
 * before the stop are in {@link #partialReport()}; nothing was doubled, and the next run, once the cause is fixed,
 * continues where this one stopped.
 *
 * @since 0.1.0
 */
public final class RunAbortedException extends RegistrationException {
  private static final long serialVersionUID = 1L;

  private final transient RunReport partialReport;

  /**
   * A run stopped by {@code cause}.
   *
   * @param cause what stopped it: a {@link FatalServiceException}, a {@link JournalException}, the failure to read
   *     the documents, or the executor's refusal of a task; its message ends this one's
   * @param partialReport what the run did before it stopped
   */
  public RunAbortedException(RuntimeException cause, RunReport partialReport) {
    super("The run stopped: " + cause.getMessage(), cause);
    this.partialReport = partialReport;
  }

  /** Whether running again unchanged may go on: when the cause is itself retry-safe (1C was unreachable, say). */
  @Override
  public boolean isRetrySafe() {
    return getCause() instanceof RegistrationException cause && cause.isRetrySafe();
  }

  /**
   * What the run did before it stopped.
   *
   * @return the report of the documents finished before the stop; those never started are not in it
   */
  public RunReport partialReport() {
    return partialReport;
  }
}
