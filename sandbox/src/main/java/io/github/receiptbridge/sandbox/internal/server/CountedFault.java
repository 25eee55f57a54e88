package io.github.receiptbridge.sandbox.internal.server;

import java.util.concurrent.atomic.AtomicInteger;

/** A fault asked for by count ("the next n requests …"), served at most once per request. Thread-safe. */
public final class CountedFault {
  private final AtomicInteger pending = new AtomicInteger();

  /**
   * Adds {@code n} to the faults still pending.
   *
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public void add(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("count must not be negative: " + n);
    }
    pending.addAndGet(n);
  }

  /** Consumes one pending fault; false when none is left. */
  public boolean take() {
    while (true) {
      int left = pending.get();
      if (left <= 0) {
        return false;
      }
      if (pending.compareAndSet(left, left - 1)) {
        return true;
      }
    }
  }

  /** Returns a fault taken for a request it turned out not to apply to. */
  public void giveBack() {
    pending.incrementAndGet();
  }

  /** Faults not yet served. */
  public int pending() {
    return pending.get();
  }

  /** Drops every pending fault. */
  public void clear() {
    pending.set(0);
  }
}
