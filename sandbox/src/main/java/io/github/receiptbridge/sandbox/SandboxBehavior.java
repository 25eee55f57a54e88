package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.internal.server.CountedFault;
import io.github.receiptbridge.sandbox.internal.server.FaultDice;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The live fault-injection knobs both simulators have: a delay before every answer, a rate of HTML 500 pages, JSON
 * bodies cut in half, a seed for the rates, the count of faults still pending and a reset. The simulator-specific
 * knobs are on {@link SchetmashBehavior} and {@link OnecBehavior}, the only two kinds. Every setter is thread-safe,
 * takes effect for the next request and returns this object for chaining. Defaults: no latency, no faults.
 *
 * @param <B> the simulator's own behaviour type, which the setters return
 * @since 0.1.0
 */
public abstract sealed class SandboxBehavior<B extends SandboxBehavior<B>> permits SchetmashBehavior, OnecBehavior {
  private final FaultDice dice = new FaultDice();
  private final List<CountedFault> countedFaults = new CopyOnWriteArrayList<>();
  private final CountedFault malformedJson = countedFault();
  private volatile double html500Rate;

  SandboxBehavior() {
  }

  /**
   * Delays every answer by {@code perRequest} (0 = none, the default).
   *
   * @param perRequest non-negative delay added before each request is handled
   * @return this
   * @throws IllegalArgumentException when {@code perRequest} is negative
   */
  public final B latency(Duration perRequest) {
    dice.latency(Objects.requireNonNull(perRequest, "perRequest"));
    return self();
  }

  /**
   * Answers this fraction of requests with the simulated service's HTML 500 page without doing anything.
   *
   * @param zeroToOne probability per request, 0 (default) to 1
   * @return this
   * @throws IllegalArgumentException when the rate is not within [0, 1]
   */
  public final B html500Rate(double zeroToOne) {
    html500Rate = FaultDice.checkRate(zeroToOne);
    return self();
  }

  /**
   * Handles the next {@code n} requests whose answer has a JSON body normally (a write is committed) and then sends
   * only the first half of that body, as a broken proxy would: status and headers are unchanged,
   * {@code Content-Length} matches the cut body. HTML pages, other formats, empty answers and dropped connections do
   * not count.
   *
   * @param n number of JSON answers, added to any still pending
   * @return this
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public final B malformedJsonNext(int n) {
    malformedJson.add(n);
    return self();
  }

  /**
   * Reseeds the random source behind the rates ({@link #html500Rate} and the simulator's own), for reproducible
   * runs.
   *
   * @param seed the seed
   * @return this
   */
  public final B seed(long seed) {
    dice.seed(seed);
    return self();
  }

  /**
   * How many of the faults asked for by count ({@link #malformedJsonNext} and the simulator's own "next n" knobs)
   * have not been served yet, so a test can tell how many struck.
   *
   * @return the pending count
   */
  public final int pendingFaults() {
    int pending = 0;
    for (CountedFault fault : countedFaults) {
      pending += fault.pending();
    }
    return pending;
  }

  /**
   * Back to the defaults: no latency, no faults, nothing queued, unseeded randomness.
   *
   * @return this
   */
  public final B reset() {
    dice.reset();
    html500Rate = 0.0d;
    for (CountedFault fault : countedFaults) {
      fault.clear();
    }
    resetOwnKnobs();
    return self();
  }

  /** This object as the simulator's own type. */
  abstract B self();

  /** Resets what a simulator keeps besides counted faults (rates, queues); counted faults are already cleared. */
  void resetOwnKnobs() {
  }

  /** A new fault asked for by count, included in {@link #pendingFaults()} and cleared by {@link #reset()}. */
  final CountedFault countedFault() {
    CountedFault fault = new CountedFault();
    countedFaults.add(fault);
    return fault;
  }

  /** True with probability {@code rate}, drawn from the seeded source. */
  final boolean roll(double rate) {
    return dice.roll(rate);
  }

  /** Sleeps for the configured latency. */
  final void applyLatency() throws InterruptedException {
    dice.applyLatency();
  }

  /** Decides by the rate whether this request gets an HTML 500 page. */
  final boolean rollHtml500() {
    return dice.roll(html500Rate);
  }

  /** Consumes one pending cut JSON body, if any. */
  final boolean takeMalformedJson() {
    return malformedJson.take();
  }
}
