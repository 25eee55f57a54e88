package io.github.receiptbridge.core.internal;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks on an executor, at most {@code limit} at once: tasks wait in the pool's own queue, and at most {@code
 * limit} runners, each on a thread of the executor, take them one after the other. {@link #submit} never blocks (a
 * task may submit another, and a thread of a small shared executor must never wait for a task that needs a thread
 * of it); the one who feeds the pool waits with {@link #awaitBelow} instead, so a fast producer cannot pile up work
 * (and memory) ahead of a slow service.
 *
 * <p>The executor is the caller's, which the pool never shuts down, or, without one, a fixed pool of {@code limit}
 * daemon threads named {@code name-N} that the pool makes and {@link #close() shuts down}.
 */
final class BoundedPool implements AutoCloseable {
  private static final long LOOK_AT_EXECUTOR_MILLIS = 200;

  private final Executor executor;
  private final @Nullable ExecutorService own;
  private final int limit;
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private int runners;
  private int pending;

  /**
   * A pool of {@code limit} tasks at once on {@code executor}, or on threads of its own named {@code name-N} when
   * {@code executor} is {@code null}.
   */
  BoundedPool(String name, int limit, @Nullable Executor executor) {
    this.limit = limit;
    if (executor == null) {
      AtomicInteger number = new AtomicInteger();
      ThreadFactory factory = runnable -> {
        Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
      this.own = Executors.newFixedThreadPool(limit, factory);
      this.executor = own;
    } else {
      this.own = null;
      this.executor = executor;
    }
  }

  /**
   * Queues {@code task}, and starts a runner for it on the executor when fewer than the limit run; never waits.
   *
   * @throws RejectedExecutionException when the executor takes no runner and none is left to run the queue; then the
   *     queued tasks are dropped, this one with them
   */
  void submit(Runnable task) {
    synchronized (this) {
      queue.add(task);
      pending++;
      if (runners >= limit) {
        return;
      }
      runners++;
    }
    try {
      executor.execute(this::drain);
    } catch (RuntimeException rejected) {
      synchronized (this) {
        runners--;
        if (runners == 0) { // nothing would ever run what waits: drop it, so that awaitIdle ends
          pending -= queue.size();
          queue.clear();
          notifyAll();
        }
      }
      throw rejected;
    }
  }

  private void drain() {
    boolean finished = false;
    try {
      while (true) {
        Runnable task;
        synchronized (this) {
          task = queue.poll();
          if (task == null) {
            runners--;
            finished = true;
            return;
          }
        }
        try {
          task.run();
        } finally {
          synchronized (this) {
            pending--;
            notifyAll();
          }
        }
      }
    } finally {
      if (!finished) { // a task threw an Error: this runner ends, another takes over the queue
        boolean replace;
        synchronized (this) {
          runners--;
          replace = !queue.isEmpty() && runners < limit;
          if (replace) {
            runners++;
          }
        }
        if (replace) {
          executor.execute(this::drain);
        }
      }
    }
  }

  /** Tasks submitted and not finished yet: waiting in the queue or running. */
  synchronized int pending() {
    return pending;
  }

  /** Waits until fewer than {@code bound} tasks are pending. */
  synchronized void awaitBelow(int bound) throws InterruptedException {
    while (pending >= bound) {
      wait();
    }
  }

  /**
   * Waits until every submitted task has finished.
   *
   * @throws IllegalStateException when the caller's executor was terminated with tasks of the pool never run (by
   *     {@code shutdownNow()}): they will not run, and waiting for them would never end
   */
  synchronized void awaitIdle() throws InterruptedException {
    while (pending > 0) {
      wait(LOOK_AT_EXECUTOR_MILLIS);
      if (pending > 0 && own == null && executor instanceof ExecutorService service && service.isTerminated()) {
        int dropped = pending;
        pending = 0;
        queue.clear();
        throw new IllegalStateException("The executor was shut down with " + dropped + " tasks of the pass not run");
      }
    }
  }

  /** Shuts down the threads the pool made, if any; a caller's executor is left as it is. */
  @Override
  public void close() {
    if (own == null) {
      return;
    }
    own.shutdownNow();
    try {
      own.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
