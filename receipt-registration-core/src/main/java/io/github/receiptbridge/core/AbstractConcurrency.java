package io.github.receiptbridge.core;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How much work is in flight: separate limits for Счетмаш calls and for 1C requests (a 1C server spends a licence
 * per concurrent session, so it gets fewer), and an optional cap on Счетмаш requests per second.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractConcurrency {
  /**
   * Счетмаш calls in flight; default 8.
   *
   * @return the most Счетмаш calls of one pass at the same time, at least 1
   */
  @Value.Default
  public int schetmash() {
    return 8;
  }

  /**
   * 1C requests in flight; default 4.
   *
   * @return the most 1C requests of one pass at the same time, at least 1; each holds a 1C session (a licence)
   */
  @Value.Default
  public int onec() {
    return 4;
  }

  /**
   * Documents read from 1C per page and per bulk read of states and contacts; default 200.
   *
   * @return the page size, at least 1; the first page of a pass is smaller, so that work starts early
   */
  @Value.Default
  public int chunkSize() {
    return 200;
  }

  /**
   * Whether a document's 1C write-back overlaps the next documents' Счетмаш calls (default). {@code false} runs each
   * document from start to finish before the next, as the 1C processing this SDK replaces does; see {@link
   * #sequential()}.
   *
   * @return {@code true} when write-backs overlap the next documents' calls, {@code false} for one document at a time
   */
  @Value.Default
  public boolean pipelined() {
    return true;
  }

  /**
   * At most this many Счетмаш requests per second, if set.
   *
   * @return the cap, above 0; empty for no cap, the default
   */
  public abstract OptionalDouble schetmashRequestsPerSecond();

  /**
   * One document at a time, start to finish: the old processing's way, kept as a baseline for comparison.
   *
   * @return one Счетмаш call and one 1C request at a time, not pipelined, otherwise the defaults
   */
  public static Concurrency sequential() {
    return Concurrency.builder().schetmash(1).onec(1).pipelined(false).build();
  }

  /**
   * The defaults: 8 and 4.
   *
   * @return 8 Счетмаш calls and 4 1C requests in flight, pages of 200 documents, pipelined, no cap on the rate
   */
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
