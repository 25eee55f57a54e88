package io.github.receiptbridge.core.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Spaces calls at least {@code 1 / permitsPerSecond} apart across all threads. */
final class RateLimiter {
  private final long intervalNanos;
  private long nextFree = System.nanoTime();

  /** A limiter allowing {@code permitsPerSecond}. */
  public RateLimiter(double permitsPerSecond) {
    this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / permitsPerSecond);
  }

  /** Waits for the next free slot. */
  public void acquire() {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long slot = Math.max(now, nextFree);
      nextFree = slot + intervalNanos;
      wait = slot - now;
    }
    while (wait > 0) {
      long start = System.nanoTime();
      LockSupport.parkNanos(wait);
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      wait -= System.nanoTime() - start;
    }
  }
}
