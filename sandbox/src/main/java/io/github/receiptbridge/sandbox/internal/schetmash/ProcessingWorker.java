package io.github.receiptbridge.sandbox.internal.schetmash;

import io.github.receiptbridge.sandbox.SchetmashOutcome;
import io.github.receiptbridge.sandbox.internal.schetmash.model.FiscalData;
import io.github.receiptbridge.sandbox.internal.schetmash.store.StoredReceipt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The background job that takes receipts from "accept" to their final state, on one daemon thread. Each
 * receipt gets a chain of steps at fractions of the processing delay, chosen by its {@link SchetmashOutcome}; a
 * chain stops early when an admin edit changed the receipt meanwhile. With delay 0 the steps still run on
 * the worker thread, just without waiting.
 */
final class ProcessingWorker implements AutoCloseable {
  /** Error text of a retried cash register failure (KKT_ERROR_THEN_SUCCESS). */
  public static final String RETRYABLE_KKT_ERROR = "Ошибка обмена с ККТ, чек будет отправлен повторно";
  /** Error text of the terminal print error (status 6), as the cash register API words it. */
  public static final String PAYMENTS_LESS_THAN_TOTAL = "Сумма платежей меньше суммы чека";

  private final ScheduledExecutorService executor;
  private final FakeCashRegister cashRegister;
  private final Duration delay;
  private final boolean correctionsNeverComplete;
  private final Object pendingLock = new Object();
  private int pending;

  /** Creates and starts the worker thread. */
  public ProcessingWorker(FakeCashRegister cashRegister, Duration delay, boolean correctionsNeverComplete) {
    this.cashRegister = cashRegister;
    this.delay = delay;
    this.correctionsNeverComplete = correctionsNeverComplete;
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "schetmash-sandbox-worker");
      thread.setDaemon(true);
      return thread;
    });
    pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.executor = pool;
  }

  /**
   * Plans the life of a newly stored receipt.
   *
   * @param receipt  the receipt, in status 1
   * @param outcomes where its outcome comes from (consumed only for receipts that can complete)
   */
  void submit(StoredReceipt receipt, Supplier<SchetmashOutcome> outcomes) {
    long generation = receipt.state().generation();
    List<Step> steps = new ArrayList<>(3);
    Duration half = delay.dividedBy(2);
    if (receipt.operation().isCorrection() && correctionsNeverComplete) {
      // The 2019 worker marks it in flight and then dies on the correction document.
      steps.add(new Step(half, StoredReceipt.IN_FLIGHT, null, false));
    } else {
      switch (outcomes.get()) {
        case TRANSIENT_FAILURE_THEN_SUCCESS:
          steps.add(new Step(half, StoredReceipt.PREPARE, null, false));
          steps.add(new Step(delay.multipliedBy(2), StoredReceipt.SEND_CLIENT, null, true));
          break;
        case KKT_ERROR_THEN_SUCCESS:
          steps.add(new Step(half, StoredReceipt.PREPARE, RETRYABLE_KKT_ERROR, false));
          steps.add(new Step(delay, StoredReceipt.SEND_CLIENT, null, true));
          break;
        case TERMINAL_ERROR:
          steps.add(new Step(half, StoredReceipt.PREPARE, null, false));
          steps.add(new Step(delay, StoredReceipt.ERROR_PRINT, PAYMENTS_LESS_THAN_TOTAL, false));
          break;
        case TEST_KKT:
          steps.add(new Step(delay, StoredReceipt.SUCCESS, null, true));
          break;
        case SUCCESS:
        default:
          steps.add(new Step(half, StoredReceipt.PREPARE, null, false));
          steps.add(new Step(delay, StoredReceipt.SEND_CLIENT, null, true));
          break;
      }
    }
    synchronized (pendingLock) {
      pending++;
    }
    schedule(receipt, generation, steps, 0, Duration.ZERO);
  }

  /**
   * Waits until no receipt has steps left.
   *
   * @throws TimeoutException when some are still pending after {@code timeout}
   */
  public void awaitIdle(Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (pendingLock) {
      while (pending > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException(pending + " receipt(s) still pending after " + timeout);
        }
        TimeUnit.NANOSECONDS.timedWait(pendingLock, left);
      }
    }
  }

  /** Stops the worker thread; steps not yet run are discarded. */
  @Override
  public void close() {
    executor.shutdownNow();
  }

  private void schedule(StoredReceipt receipt, long generation, List<Step> steps, int index, Duration elapsed) {
    Step step = steps.get(index);
    long wait = Math.max(0L, step.at().minus(elapsed).toNanos());
    try {
      executor.schedule(() -> run(receipt, generation, steps, index), wait, TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      finished();
    }
  }

  private void run(StoredReceipt receipt, long generation, List<Step> steps, int index) {
    Step step = steps.get(index);
    boolean applied;
    try {
      FiscalData fiscal = step.fiscalize() ? cashRegister.print(receipt) : null;
      applied = receipt.applyIfGeneration(generation, step.status(), step.errorText(), fiscal);
    } catch (RuntimeException unexpected) {
      applied = false;
    }
    if (applied && index + 1 < steps.size()) {
      schedule(receipt, generation, steps, index + 1, step.at());
    } else {
      finished();
    }
  }

  private void finished() {
    synchronized (pendingLock) {
      pending--;
      pendingLock.notifyAll();
    }
  }

  private record Step(Duration at, int status, @Nullable String errorText, boolean fiscalize) {
  }
}
