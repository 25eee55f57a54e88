package io.github.receiptbridge.core;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How much work is in flight: separate limits for Счетмаш calls and for 1C requests (a 1C server spends a licence
 * per concurrent session, so it gets fewer), and an optional cap on Счетмаш requests per second.
 */
@Value.Immutable
abstract class AbstractConcurrency {
  /** Счетмаш calls in flight; default 8. */
  @Value.Default
  public int schetmash() {
    return 8;
  }

  /** 1C requests in flight; default 4. */
  @Value.Default
  public int onec() {
    return 4;
  }

  /** Documents read from 1C per page and per bulk read of states and contacts; default 200. */
  @Value.Default
  public int chunkSize() {
    return 200;
  }

  /** At most this many Счетмаш requests per second, if set. */
  public abstract OptionalDouble schetmashRequestsPerSecond();

  /** The defaults: 8 and 4. */
  public static Concurrency defaults() {
    return Concurrency.builder().build();
  }

  @Value.Check
  void check() {
    if (schetmash() < 1 || onec() < 1 || chunkSize() < 1) {
      throw new IllegalStateException("Concurrency limits and chunk size must be at least 1, were "
          + schetmash() + ", " + onec() + ", " + chunkSize());
    }
    if (schetmashRequestsPerSecond().isPresent() && !(schetmashRequestsPerSecond().getAsDouble() > 0)) {
      throw new IllegalStateException("schetmashRequestsPerSecond must be above 0");
    }
  }
}
