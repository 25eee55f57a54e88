package io.github.receiptbridge.core;

import org.jspecify.annotations.Nullable;

/**
 * A pass was cancelled by an interrupt of the thread running it ({@link Thread#interrupt()}, {@code
 * Future.cancel(true)}, {@code ExecutorService.shutdownNow()}), or of a thread of its {@link
 * ReceiptRegistrar.Builder#executor executor} while that ran one of its calls. It stopped as a {@link
 * RunOptions#stopWhen() stop signal} stops it: no new document was started, and every document in flight finished its
 * effects in order (journal, fiscal service, ledger write-back), so no receipt was sent without its journal record
 * and no ledger write was left half done. A registration cut short by the interrupt itself is {@link Action#UNKNOWN}:
 * its journal record stays, and the next run sends it again under the same {@code external_id}, which can only return
 * the first receipt. The thread's interrupt flag is set again when this is thrown.
 *
 * <p>Unlike a stop signal, which ends the call with a report ({@link RunReport#stopped()}), a cancellation throws,
 * because the caller that interrupted expects the call to end abnormally; the report of what was done is {@link
 * #partialReport()} (its {@code stopped()} is true). Not a {@link RunAbortedException}: nothing failed and nothing
 * needs fixing, so a handler of failures does not take the caller's own cancellation for one. Retry-safe: running
 * again continues where this one stopped.
 *
 * @since 0.1.0
 */
public final class RunCancelledException extends RegistrationException {
  private static final long serialVersionUID = 1L;

  private final transient RunReport partialReport;

  /**
   * A pass cancelled after {@code partialReport}.
   *
   * @param partialReport what the pass did before it stopped
   * @param cause what reported the interrupt: an {@link InterruptedException}, or a call cancelled by it, if known
   */
  public RunCancelledException(RunReport partialReport, @Nullable Throwable cause) {
    super("The " + partialReport.phase().displayName() + " pass was cancelled by an interrupt after "
        + partialReport.outcomes().size() + " documents (partialReport() has them): no new document was started, the "
        + "documents in flight finished, and running it again continues where it stopped", cause);
    this.partialReport = partialReport;
  }

  /**
   * Always: running again continues where the cancelled pass stopped, with the guarantee of a single receipt.
   *
   * @return {@code true}
   */
  @Override
  public boolean isRetrySafe() {
    return true;
  }

  /**
   * What the pass did before it stopped: every document it finished, each with its outcome.
   *
   * @return the partial report, its {@link RunReport#stopped()} true
   */
  public RunReport partialReport() {
    return partialReport;
  }
}
