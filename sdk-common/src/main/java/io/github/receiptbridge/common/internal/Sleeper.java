package io.github.receiptbridge.common.internal;

import java.time.Duration;

/** Waits between retries; replaced in tests so that backoff is asserted, not waited for. */
@FunctionalInterface
public interface Sleeper {
  /** The real sleeper. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /** Waits {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
