package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.RunAbortedException;
import io.github.receiptbridge.core.RunReport;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs passes, each on a thread of its own, so passes of different organizations run in parallel. A pass that fails
 * is recorded with its reason and its partial report, the organization's diagnosis says what failed, and a failed
 * audit is due again at the schedule's next tick. Every end is counted in the metrics, and frees the organization
 * for its next pass.
 */
final class PassRunner {
  private static final Logger LOG = LoggerFactory.getLogger(PassRunner.class);

  private final Clock clock;
  private final ServeMetrics metrics;
  private final Schedule schedule;
  private final PassHistory history;
  private final ExecutorService threads;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong passesEnded = new AtomicLong();
  private final AtomicLong receiptsSent = new AtomicLong();
  private final Object idle = new Object();

  /**
   * A runner whose passes end at {@code clock}'s time, counted in {@code metrics}; a failed audit is put back on
   * {@code schedule}.
   */
  PassRunner(Clock clock, ServeMetrics metrics, Schedule schedule) {
    this(clock, metrics, schedule, new PassHistory(1, 1));
  }

  /**
   * A runner as {@link #PassRunner(Clock, ServeMetrics, Schedule)} that tells {@code history} of every pass's end,
   * so the history keeps its report and what it said about the services.
   */
  PassRunner(Clock clock, ServeMetrics metrics, Schedule schedule, PassHistory history) {
    this.clock = clock;
    this.metrics = metrics;
    this.schedule = schedule;
    this.history = history;
    AtomicInteger count = new AtomicInteger();
    this.threads = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "pass-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Runs {@code pass}, which {@code unit} holds as its running pass, in the background.
   *
   * @throws java.util.concurrent.RejectedExecutionException when the runner was shut down; the unit is freed
   */
  void run(OrganizationUnit unit, LivePass pass) {
    running.incrementAndGet();
    try {
      threads.execute(() -> execute(unit, pass));
    } catch (RuntimeException rejected) {
      ended(unit, pass);
      throw rejected;
    }
  }

  private void execute(OrganizationUnit unit, LivePass pass) {
    long started = System.nanoTime();
    unit.fillCache().clear();
    Diagnosis diagnosis = Diagnosis.UNKNOWN;
    try {
      RunReport report = unit.work().run(pass.kind(), pass.period(), pass.documents());
      pass.finish(report, clock.instant());
      diagnosis = Diagnosis.finished(report);
      unit.diagnosis(diagnosis);
      counted(unit, report);
      metrics.succeeded(unit.key(), pass.kind(), clock.instant());
    } catch (RuntimeException failure) {
      Optional<RunReport> partial = failure instanceof RunAbortedException aborted
          ? Optional.ofNullable(aborted.partialReport()) : Optional.empty();
      PassFailure why = PassFailure.of(failure);
      pass.fail(why, partial, clock.instant());
      diagnosis = Diagnosis.failed(failure);
      unit.diagnosis(diagnosis);
      partial.ifPresent(report -> counted(unit, report));
      if (pass.kind() == PassKind.AUDIT) {
        schedule.retryAudit(unit.key());
      }
    } finally {
      unit.fillCache().clear();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      metrics.passEnded(unit.key(), pass.kind(), pass.state(), took);
      history.ended(pass, diagnosis);
      logEnd(unit, pass, diagnosis, took);
      ended(unit, pass);
    }
  }

  /**
   * The one line of a pass's end: its numbers, the receipts in {@code error} and, when 1C or Счетмаш failed it or its
   * documents, the failure kind and detail; INFO when finished with both services answering, WARN otherwise.
   */
  private static void logEnd(OrganizationUnit unit, LivePass pass, Diagnosis diagnosis, Duration took) {
    PassRecord record = pass.snapshot();
    String numbers = record.report().map(LivePass::summarize).orElse("no report");
    String failure = record.failure().map(why -> why.kind() + " (" + why.detail() + ")")
        .or(() -> diagnosis.outage().map(kind -> kind + " (documents failed: the service was unreachable or "
            + "refused)"))
        .orElse("none");
    boolean clean = record.state() == PassState.FINISHED && !diagnosis.failing();
    String format = "Pass {} «{}» of {} for {} ended {} in {} s: {}; failure {}{}";
    Object[] arguments = {pass.id(), pass.kind().title(), unit.key(), pass.period(),
        record.state().name().toLowerCase(Locale.ROOT), took.toSeconds(), numbers, failure,
        record.state() == PassState.FAILED && pass.kind() == PassKind.AUDIT ? "; retried at the next tick" : ""};
    if (clean) {
      LOG.info(format, arguments);
    } else {
      LOG.warn(format, arguments);
    }
  }

  private void counted(OrganizationUnit unit, RunReport report) {
    metrics.report(unit.key(), report);
    receiptsSent.addAndGet(report.count(Action.SENT));
  }

  private void ended(OrganizationUnit unit, LivePass pass) {
    passesEnded.incrementAndGet();
    unit.ended(pass);
    synchronized (idle) {
      running.decrementAndGet();
      idle.notifyAll();
    }
  }

  /**
   * Waits until no pass runs, at most {@code timeout}.
   *
   * @return whether every pass has ended
   */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      while (running.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(idle, left);
      }
    }
    return true;
  }

  /** How many passes have ended (finished or failed) since the start. */
  long passesEnded() {
    return passesEnded.get();
  }

  /** How many receipts the passes have sent since the start. */
  long receiptsSent() {
    return receiptsSent.get();
  }

  /** Interrupts the passes still running and starts no other. */
  void shutdown() {
    threads.shutdownNow();
  }
}
