package io.github.receiptbridge.core.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of platform threads whose queue is bounded: {@link #submit} blocks while {@code threads} tasks run and
 * as many wait, so a fast producer cannot pile up work (and memory) ahead of a slow service.
 */
final class BoundedPool implements AutoCloseable {
  private final ExecutorService executor;
  private final Semaphore slots;
  private final Object idle = new Object();
  private int pending;

  /** A pool of {@code threads} named {@code name-N}. */
  public BoundedPool(String name, int threads) {
    AtomicInteger number = new AtomicInteger();
    ThreadFactory factory = runnable -> {
      Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    this.executor = Executors.newFixedThreadPool(threads, factory);
    this.slots = new Semaphore(threads * 2);
  }

  /** Runs {@code task} on the pool, waiting for room first. */
  public void submit(Runnable task) throws InterruptedException {
    slots.acquire();
    synchronized (idle) {
      pending++;
    }
    executor.execute(() -> {
      try {
        task.run();
      } finally {
        slots.release();
        synchronized (idle) {
          pending--;
          idle.notifyAll();
        }
      }
    });
  }

  /** Waits until every submitted task has finished. */
  public void awaitIdle() throws InterruptedException {
    synchronized (idle) {
      while (pending > 0) {
        idle.wait();
      }
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
