package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.Concurrency;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The two bounded pools of a pass, one for Счетмаш calls and one for 1C requests, and the pass's book: a task does not
 * start once the run was aborted, a Счетмаш task (the start of a document's work) not once it was asked to stop or
 * cancelled, and a task that throws stops the run. A 1C task always runs unless aborted: it is the write-back of work
 * begun. Both pools run on the caller's executor when the registrar was given one, else on threads of their own, made
 * for the pass; either way at most {@link Concurrency#schetmash()} and {@link Concurrency#onec()} tasks run at once.
 * With sequential concurrency (not pipelined) each task runs at once on the caller's thread, one document from start
 * to finish.
 */
final class Pools implements AutoCloseable {
  /** The book of the pass the pools work for. */
  final RunLedger book;
  private final Interrupts interrupts;
  private final BoundedPool schetmash;
  private final BoundedPool onec;
  private final int schetmashBacklog;
  private final int onecBacklog;
  private final boolean pipelined;

  /**
   * The pools of a pass: as many tasks at once as {@code concurrency} allows for each service.
   *
   * @param executor the caller's executor, or {@code null} for threads the pools make and shut down
   * @param interrupts the interrupts of the thread running the pass, the one thread that feeds the Счетмаш pool
   */
  Pools(Concurrency concurrency, @Nullable Executor executor, RunLedger book, Interrupts interrupts) {
    this.pipelined = concurrency.pipelined();
    this.schetmash = new BoundedPool("schetmash", concurrency.schetmash(), pipelined ? executor : Runnable::run);
    this.onec = new BoundedPool("onec", concurrency.onec(), pipelined ? executor : Runnable::run);
    this.schetmashBacklog = concurrency.schetmash() * 2;
    this.onecBacklog = concurrency.onec() * 2;
    this.book = book;
    this.interrupts = interrupts;
  }

  /**
   * Runs {@code task}, a Счетмаш call that starts a document's work, on the Счетмаш pool, or at once when not
   * pipelined. Called by the thread running the pass only: it waits while either pool has twice its limit of tasks
   * pending, so that neither the calls nor the write-backs they lead to pile up. An interrupt while it waits cancels
   * the pass, and the task is not started.
   */
  void onSchetmash(Runnable task) {
    Runnable startingWork = () -> {
      if (book.mayStart()) {
        task.run();
      }
    };
    if (!pipelined) {
      guarded(startingWork).run();
      return;
    }
    try {
      schetmash.awaitBelow(schetmashBacklog);
      onec.awaitBelow(onecBacklog);
    } catch (InterruptedException e) {
      interrupts.take(e);
      return;
    }
    submit(schetmash, startingWork);
  }

  /** Runs {@code task}, 1C requests, on the 1C pool, or at once when not pipelined; never waits for room. */
  void onOnec(Runnable task) {
    if (pipelined) {
      submit(onec, task);
    } else {
      guarded(task).run();
    }
  }

  private Runnable guarded(Runnable task) {
    return () -> {
      if (book.aborted()) {
        return;
      }
      try {
        task.run();
      } catch (RuntimeException unexpected) {
        if (Interrupts.isCancellation(unexpected)) {
          book.cancel(unexpected); // a call cut short by an interrupt: the document did not finish
        } else {
          book.abort(unexpected); // a bug, not a service failure: stop loudly rather than lose the document
        }
      }
    };
  }

  private void submit(BoundedPool pool, Runnable task) {
    try {
      pool.submit(guarded(task));
    } catch (RuntimeException rejected) { // the caller's executor takes no more tasks (shut down, saturated)
      book.abort(rejected);
    }
  }

  /**
   * Waits until every task given to the pools has finished, whatever interrupts come: the documents in flight
   * finish their effects. An interrupt while waiting cancels the pass.
   */
  void awaitIdle() {
    while (true) {
      try {
        schetmash.awaitIdle();
        onec.awaitIdle();
        return;
      } catch (InterruptedException e) {
        interrupts.take(e);
      } catch (IllegalStateException dropped) { // the caller's executor was shut down: those tasks never run
        book.abort(dropped);
        return;
      }
    }
  }

  @Override
  public void close() {
    schetmash.close();
    onec.close();
  }
}
