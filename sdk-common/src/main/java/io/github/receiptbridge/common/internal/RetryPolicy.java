package io.github.receiptbridge.common.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How many times and how long to wait: exponential backoff from {@link #initialDelay} doubling up to {@link
 * #maxDelay}, each wait drawn uniformly between half and all of it (jitter) so that clients that failed together do
 * not retry together. A server's {@code Retry-After} wins when it is shorter than {@link #maxDelay}.
 */
public final class RetryPolicy {
  private final int maxRetries;
  private final Duration initialDelay;
  private final Duration maxDelay;

  /** A policy of at most {@code maxRetries} repeats. */
  public RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {
    this.maxRetries = maxRetries;
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
  }

  /** Repeats after the first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The wait before repeat number {@code retry} (1-based).
   *
   * @param retryAfter the server's {@code Retry-After}, if any
   */
  public Duration delayBefore(int retry, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent() && retryAfter.get().compareTo(maxDelay) <= 0) {
      return retryAfter.get();
    }
    long ceiling = initialDelay.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(ceiling, maxDelay.toMillis());
    long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    return Duration.ofMillis(jittered);
  }
}
