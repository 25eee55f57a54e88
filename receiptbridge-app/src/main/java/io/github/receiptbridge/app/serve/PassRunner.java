package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.RunAbortedException;
import io.github.receiptbridge.core.RunReport;
import java.time.Clock;
import java.time.Duration;
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
    this.clock = clock;
    this.metrics = metrics;
    this.schedule = schedule;
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
    try {
      RunReport report = unit.work().run(pass.kind(), pass.period(), pass.documents());
      pass.finish(report, clock.instant());
      unit.diagnosis(Diagnosis.finished());
      counted(unit, report);
      LOG.info("«{}» of {} (pass {}) finished: {}", pass.kind().title(), unit.key(), pass.id(),
          LivePass.summarize(report));
    } catch (RuntimeException failure) {
      Optional<RunReport> partial = failure instanceof RunAbortedException aborted
          ? Optional.ofNullable(aborted.partialReport()) : Optional.empty();
      PassFailure why = PassFailure.of(failure);
      pass.fail(why, partial, clock.instant());
      unit.diagnosis(Diagnosis.failed(failure));
      partial.ifPresent(report -> counted(unit, report));
      if (pass.kind() == PassKind.AUDIT) {
        schedule.retryAudit(unit.key());
      }
      LOG.warn("«{}» of {} (pass {}) failed, retried at the next tick: {}", pass.kind().title(), unit.key(),
          pass.id(), why.detail());
    } finally {
      unit.fillCache().clear();
      metrics.passEnded(unit.key(), pass.kind(), pass.state(), Duration.ofNanos(System.nanoTime() - started));
      ended(unit, pass);
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
