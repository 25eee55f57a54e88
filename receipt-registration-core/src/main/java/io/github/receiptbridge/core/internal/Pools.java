package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.Concurrency;

/**
 * The two bounded pools of a pass, one for Счетмаш calls and one for 1C requests, and the pass's book: a task does not
 * start once the run was aborted, a Счетмаш task (the start of a document's work) not once it was asked to stop, and a
 * task that throws stops the run. A 1C task always runs unless aborted: it is the write-back of work begun. With
 * sequential concurrency (not pipelined) each task runs at once on the caller's thread, one document from start to
 * finish.
 */
final class Pools implements AutoCloseable {
  /** The book of the pass the pools work for. */
  final RunLedger book;
  private final BoundedPool schetmash;
  private final BoundedPool onec;
  private final boolean pipelined;

  /** The pools of a pass: as many threads as {@code concurrency} allows for each service. */
  Pools(Concurrency concurrency, RunLedger book) {
    this.schetmash = new BoundedPool("schetmash", concurrency.schetmash());
    this.onec = new BoundedPool("onec", concurrency.onec());
    this.book = book;
    this.pipelined = concurrency.pipelined();
  }

  /** Runs {@code task}, a Счетмаш call, on the Счетмаш pool (waiting for room), or at once when not pipelined. */
  void onSchetmash(Runnable task) {
    Runnable startingWork = () -> {
      if (book.mayStart()) {
        task.run();
      }
    };
    if (pipelined) {
      submit(schetmash, startingWork);
    } else {
      guarded(startingWork).run();
    }
  }

  /** Runs {@code task}, 1C requests, on the 1C pool (waiting for room), or at once when not pipelined. */
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
        book.abort(unexpected); // a bug, not a service failure: stop loudly rather than lose the document
      }
    };
  }

  private void submit(BoundedPool pool, Runnable task) {
    try {
      pool.submit(guarded(task));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      book.abort(new IllegalStateException("interrupted"));
    }
  }

  /** Waits until every task given to the pools has finished. */
  void awaitIdle() {
    try {
      schetmash.awaitIdle();
      onec.awaitIdle();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      book.abort(new IllegalStateException("interrupted"));
    }
  }

  @Override
  public void close() {
    schetmash.close();
    onec.close();
  }
}
