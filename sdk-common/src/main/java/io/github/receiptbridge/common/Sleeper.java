package io.github.receiptbridge.common;

import java.time.Duration;

/**
 * Waits between retries. The clients use {@link #SYSTEM}; a test sets its own through {@link
 * ClientBuilder#sleeper(Sleeper)} to record the backoff instead of waiting for it.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Sleeper {
  /** The real sleeper: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits {@code duration}.
   *
   * @param duration the backoff before the next attempt
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
