package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FatalServiceException;
import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.RunAbortedException;
import io.github.receiptbridge.core.RunCancelledException;
import io.github.receiptbridge.core.RunReport;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The book-keeping of one run: outcomes in the period's order whatever thread finishes them, the progress listener,
 * the first fatal error, after which no new work starts, and whether the run was stopped by its stop signal or
 * cancelled by an interrupt, after which no new document starts either. Each outcome is logged at DEBUG on {@value
 * #LOGGER}.
 */
final class RunLedger {
  /** The logger of per-document outcomes. */
  public static final String LOGGER = "io.github.receiptbridge.core.outcomes";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private final Phase phase;
  private final Clock clock;
  private final ProgressListener listener;
  private final Instant startedAt;
  private final ConcurrentSkipListMap<Long, DocumentOutcome> outcomes = new ConcurrentSkipListMap<>();
  private final AtomicReference<@Nullable RuntimeException> fatal = new AtomicReference<>();
  private final BooleanSupplier stopSignal;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicReference<@Nullable Throwable> cancellation = new AtomicReference<>();

  /** The book of a run of {@code phase} that is never asked to stop. */
  public RunLedger(Phase phase, Clock clock, ProgressListener listener) {
    this(phase, clock, listener, () -> false);
  }

  /**
   * The book of a run of {@code phase}.
   *
   * @param stopSignal asked before each document is started; once true, no new document starts
   */
  public RunLedger(Phase phase, Clock clock, ProgressListener listener, BooleanSupplier stopSignal) {
    this.phase = phase;
    this.clock = clock;
    this.listener = listener;
    this.startedAt = clock.instant();
    this.stopSignal = stopSignal;
  }

  /**
   * Whether a new document may be started: the run was neither aborted nor asked to stop. Once the stop signal was
   * seen the run stays stopped, and its report says so.
   */
  public boolean mayStart() {
    if (aborted() || cancelled()) {
      return false;
    }
    if (stopped.get()) {
      return false;
    }
    if (stopSignal.getAsBoolean()) {
      if (stopped.compareAndSet(false, true)) {
        LOG.debug("{} stops on request: no new document is started", phase);
      }
      return false;
    }
    return true;
  }

  /** Records the outcome of the document at position {@code index} of the period. */
  public void record(long index, DocumentOutcome outcome) {
    outcomes.put(index, outcome);
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} of {} ({}): {}{}{}{}", phase, outcome.number(), outcome.date().toLocalDate(),
          outcome.externalId(), outcome.action(), Ids.boxed(outcome.receiptId()).map(id -> ", receipt " + id).orElse(""),
          outcome.rawStatus().map(status -> ", " + status).orElse(""),
          outcome.reason().map(Object::toString).or(outcome::error).map(why -> ": " + why).orElse(""));
    }
    listener.documentDone(outcome);
  }

  /** Stops the run: the first fatal error wins. */
  public void abort(RuntimeException error) {
    if (fatal.compareAndSet(null, error)) {
      LOG.debug("{} stops: {}", phase, error.toString());
    }
  }

  /**
   * Stops the run when {@code failure} would fail every following document the same way: a fatal service failure, or
   * a journal that cannot be written (nothing is sent without its trace).
   */
  public void abortIfFatal(RuntimeException failure) {
    if (failure instanceof FatalServiceException || failure instanceof JournalException) {
      abort(failure);
    }
  }

  /**
   * Cancels the run: an interrupt cut it short ({@code why} says where). No new document starts; those in flight
   * finish. The first cancellation is kept.
   */
  public void cancel(Throwable why) {
    if (cancellation.compareAndSet(null, why)) {
      LOG.debug("{} is cancelled by an interrupt: no new document is started", phase);
    }
  }

  /** Whether the run was cancelled by an interrupt. */
  public boolean cancelled() {
    return cancellation.get() != null;
  }

  /** What cancelled the run, if it was. */
  public @Nullable Throwable cancellation() {
    return cancellation.get();
  }

  /**
   * Records {@code row} as {@link Action#FAILED} with {@code context} and the failure's message and {@link
   * FailureKinds kind}, and stops the run when the failure would fail every following document the same way. A call
   * cancelled by an interrupt ({@link Interrupts#isCancellation}) is no failure of the document: it cancels the run,
   * and the document, not finished, is left out of the report.
   */
  public void fail(long index, FillRow row, RuntimeException failure, String context) {
    if (Interrupts.isCancellation(failure)) {
      cancel(failure);
      return;
    }
    abortIfFatal(failure);
    record(index, Outcomes.of(row, Action.FAILED).error(context + Outcomes.describe(failure))
        .failureKind(FailureKinds.of(failure)).build());
  }

  /** Whether the run was stopped. */
  public boolean aborted() {
    return fatal.get() != null;
  }

  /** The fatal error, if any. */
  public @Nullable RuntimeException fatal() {
    return fatal.get();
  }

  /**
   * The report of a run whose work is done, for its caller, with the interrupt flag set again if the run took it off:
   * thrown as a {@link RunAbortedException} when a fatal error stopped the run, as a {@link RunCancelledException}
   * when an interrupt cancelled it; otherwise the listener hears that it finished.
   */
  public RunReport finish(Interrupts interrupts) {
    RunReport report = report();
    interrupts.restore();
    RuntimeException error = fatal();
    if (error != null) {
      throw new RunAbortedException(error, report);
    }
    if (cancelled()) {
      throw new RunCancelledException(report, cancellation());
    }
    listener.finished(report);
    return report;
  }

  /** The report of everything recorded. */
  public RunReport report() {
    RunReport report = RunReport.builder()
        .phase(phase)
        .startedAt(startedAt)
        .finishedAt(clock.instant())
        .stopped(stopped.get() || cancelled())
        .addAllOutcomes(outcomes.values())
        .build();
    return report;
  }
}
