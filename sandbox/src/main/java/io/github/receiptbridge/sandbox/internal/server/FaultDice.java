package io.github.receiptbridge.sandbox.internal.server;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * What the fault knobs of both simulators share: the delay before each answer and the seeded random source behind
 * the fault rates. Thread-safe; with no latency and zero rates a request costs two volatile reads.
 */
public final class FaultDice {
  private volatile long latencyNanos;
  private final Object randomLock = new Object();
  private Random random = new Random();

  /**
   * Sets the delay before each request is handled.
   *
   * @throws IllegalArgumentException when it is negative
   */
  public void latency(Duration perRequest) {
    if (perRequest.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + perRequest);
    }
    latencyNanos = perRequest.toNanos();
  }

  /** Sleeps for the configured latency. */
  public void applyLatency() throws InterruptedException {
    long nanos = latencyNanos;
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }

  /** Reseeds the random source, for reproducible runs. */
  public void seed(long seed) {
    synchronized (randomLock) {
      random = new Random(seed);
    }
  }

  /** True with probability {@code rate}; never draws when the rate is 0. */
  public boolean roll(double rate) {
    if (rate <= 0.0d) {
      return false;
    }
    synchronized (randomLock) {
      return random.nextDouble() < rate;
    }
  }

  /** No latency and an unseeded random source. */
  public void reset() {
    latencyNanos = 0L;
    synchronized (randomLock) {
      random = new Random();
    }
  }

  /**
   * {@code rate}, checked.
   *
   * @throws IllegalArgumentException when it is not within [0, 1]
   */
  public static double checkRate(double rate) {
    if (!(rate >= 0.0d && rate <= 1.0d)) {
      throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
    }
    return rate;
  }
}
