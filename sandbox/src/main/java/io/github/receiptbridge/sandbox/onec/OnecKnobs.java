package io.github.receiptbridge.sandbox.onec;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live fault-injection state behind {@code OnecBehavior}. Thread-safe; with no faults configured a request
 * costs a few volatile reads.
 */
public final class OnecKnobs {
  private volatile long latencyNanos;
  private volatile double html500Rate;
  private final AtomicInteger failedWrites = new AtomicInteger();
  private final AtomicInteger loginPages = new AtomicInteger();
  private final AtomicInteger atomAnswers = new AtomicInteger();
  private final AtomicInteger malformedJson = new AtomicInteger();
  private final Object randomLock = new Object();
  private Random random = new Random();

  /** Sets the delay before each request is handled. */
  public void latency(Duration perRequest) {
    if (perRequest.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + perRequest);
    }
    latencyNanos = perRequest.toNanos();
  }

  /** Sets the probability of an HTML 500 page instead of any handling. */
  public void html500Rate(double rate) {
    if (!(rate >= 0.0d && rate <= 1.0d)) {
      throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
    }
    html500Rate = rate;
  }

  /** The next {@code n} writes fail with 500 / -1 (added to any still pending). */
  public void failNextWrites(int n) {
    failedWrites.addAndGet(checkCount(n));
  }

  /** The next {@code n} authenticated requests get an HTML login page with status 200. */
  public void loginPageNext(int n) {
    loginPages.addAndGet(checkCount(n));
  }

  /** The next {@code n} answers that would be JSON come as Atom XML (added to any still pending). */
  public void atomNext(int n) {
    atomAnswers.addAndGet(checkCount(n));
  }

  /** The next {@code n} JSON answers are sent with their body cut in half (added to any still pending). */
  public void malformedJsonNext(int n) {
    malformedJson.addAndGet(checkCount(n));
  }

  /** Reseeds the random source of the rates. */
  public void seed(long seed) {
    synchronized (randomLock) {
      random = new Random(seed);
    }
  }

  /** Counted faults not yet served: failing writes, login pages, Atom and cut-off answers. */
  public int pendingFaults() {
    return failedWrites.get() + loginPages.get() + atomAnswers.get() + malformedJson.get();
  }

  /** No latency, no faults, an unseeded random source. */
  public void reset() {
    latencyNanos = 0L;
    html500Rate = 0.0d;
    failedWrites.set(0);
    loginPages.set(0);
    atomAnswers.set(0);
    malformedJson.set(0);
    synchronized (randomLock) {
      random = new Random();
    }
  }

  /** Sleeps for the configured latency. */
  void applyLatency() throws InterruptedException {
    long nanos = latencyNanos;
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }

  /** Decides whether this request gets an HTML 500 page. */
  boolean takeHtml500() {
    double rate = html500Rate;
    if (rate <= 0.0d) {
      return false;
    }
    synchronized (randomLock) {
      return random.nextDouble() < rate;
    }
  }

  /** Consumes one pending write failure, if any. */
  boolean takeFailedWrite() {
    return take(failedWrites);
  }

  /** Consumes one pending login page, if any. */
  boolean takeLoginPage() {
    return take(loginPages);
  }

  /** Consumes one pending Atom answer, if any. */
  boolean takeAtom() {
    return take(atomAnswers);
  }

  /** Returns an Atom answer taken for a request whose answer turned out not to depend on the format. */
  void giveBackAtom() {
    atomAnswers.incrementAndGet();
  }

  /** Consumes one pending cut JSON body, if any. */
  boolean takeMalformedJson() {
    return take(malformedJson);
  }

  private static boolean take(AtomicInteger counter) {
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

  private static int checkCount(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("count must not be negative: " + n);
    }
    return n;
  }
}
