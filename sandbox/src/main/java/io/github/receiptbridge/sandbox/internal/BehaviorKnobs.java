package io.github.receiptbridge.sandbox.internal;

import io.github.receiptbridge.sandbox.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live fault-injection state behind the public {@code Behavior} facade. Every method is thread-safe;
 * the hot path (no faults configured) touches only volatile reads and one atomic read each.
 */
public final class BehaviorKnobs {
  private volatile long latencyNanos;
  private volatile double html500Rate;
  private volatile double dropAfterCommitRate;
  private final AtomicInteger forced500 = new AtomicInteger();
  private final AtomicInteger forcedDrops = new AtomicInteger();
  private final AtomicInteger malformedJson = new AtomicInteger();
  private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
  private final Object randomLock = new Object();
  private Random random = new Random();

  /** Sets the per-request latency. */
  public void latency(Duration perRequest) {
    if (perRequest.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + perRequest);
    }
    latencyNanos = perRequest.toNanos();
  }

  /** Sets the probability of answering an HTML 500 page without doing anything. */
  public void html500Rate(double rate) {
    html500Rate = checkRate(rate);
  }

  /** Sets the probability of dropping the connection after committing a registration. */
  public void dropAfterCommitRate(double rate) {
    dropAfterCommitRate = checkRate(rate);
  }

  /** The next {@code n} requests answer 500 (added to any still pending). */
  public void failNextRequestsWith500(int n) {
    forced500.addAndGet(checkCount(n));
  }

  /** The next {@code n} committed registrations lose their answer (added to any still pending). */
  public void dropNextRegistrationsAfterCommit(int n) {
    forcedDrops.addAndGet(checkCount(n));
  }

  /** The next {@code n} JSON answers are sent with their body cut in half (added to any still pending). */
  public void malformedJsonNext(int n) {
    malformedJson.addAndGet(checkCount(n));
  }

  /** Reseeds the random source used by the rates. */
  public void seed(long seed) {
    synchronized (randomLock) {
      random = new Random(seed);
    }
  }

  /** Queues outcomes for the next registered receipts. */
  public void nextOutcomes(List<Outcome> next) {
    outcomes.addAll(next);
  }

  /** Counted faults not yet served: forced 500 pages, dropped answers and cut-off answers. */
  public int pendingFaults() {
    return forced500.get() + forcedDrops.get() + malformedJson.get();
  }

  /** Back to no latency, no faults, no queued outcomes, an unseeded random source. */
  public void reset() {
    latencyNanos = 0L;
    html500Rate = 0.0d;
    dropAfterCommitRate = 0.0d;
    forced500.set(0);
    forcedDrops.set(0);
    malformedJson.set(0);
    outcomes.clear();
    synchronized (randomLock) {
      random = new Random();
    }
  }

  /** Sleeps for the configured latency. */
  public void applyLatency() throws InterruptedException {
    long nanos = latencyNanos;
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }

  /** Decides (and consumes) whether this request gets an HTML 500 page. */
  public boolean takeHtml500() {
    return takeForced(forced500) || roll(html500Rate);
  }

  /** Decides (and consumes) whether this committed registration loses its answer. */
  public boolean takeDropAfterCommit() {
    return takeForced(forcedDrops) || roll(dropAfterCommitRate);
  }

  /** Decides (and consumes) whether this JSON answer is sent with its body cut in half. */
  public boolean takeMalformedJson() {
    return takeForced(malformedJson);
  }

  /** The outcome for a newly registered receipt: the next queued one, else {@link Outcome#SUCCESS}. */
  public Outcome takeOutcome() {
    Outcome next = outcomes.poll();
    return next == null ? Outcome.SUCCESS : next;
  }

  private static boolean takeForced(AtomicInteger counter) {
    while (true) {
      int left = counter.get();
      if (left <= 0) {
        return false;
      }
      if (counter.compareAndSet(left, left - 1)) {
        return true;
      }
    }
  }

  private boolean roll(double rate) {
    if (rate <= 0.0d) {
      return false;
    }
    synchronized (randomLock) {
      return random.nextDouble() < rate;
    }
  }

  private static double checkRate(double rate) {
    if (!(rate >= 0.0d && rate <= 1.0d)) {
      throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
    }
    return rate;
  }

  private static int checkCount(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("count must not be negative: " + n);
    }
    return n;
  }
}
