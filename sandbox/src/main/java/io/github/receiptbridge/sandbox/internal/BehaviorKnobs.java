package io.github.receiptbridge.sandbox.internal;

import io.github.receiptbridge.sandbox.SchetmashOutcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The live fault-injection state behind the public {@code SchetmashBehavior} facade. Every method is thread-safe;
 * the hot path (no faults configured) touches only volatile reads and one atomic read each.
 */
public final class BehaviorKnobs {
  private final FaultDice dice = new FaultDice();
  private volatile double html500Rate;
  private volatile double dropAfterCommitRate;
  private final CountedFault forced500 = new CountedFault();
  private final CountedFault forcedDrops = new CountedFault();
  private final CountedFault malformedJson = new CountedFault();
  private final ConcurrentLinkedQueue<SchetmashOutcome> outcomes = new ConcurrentLinkedQueue<>();

  /** Sets the per-request latency. */
  public void latency(Duration perRequest) {
    dice.latency(perRequest);
  }

  /** Sets the probability of answering an HTML 500 page without doing anything. */
  public void html500Rate(double rate) {
    html500Rate = FaultDice.checkRate(rate);
  }

  /** Sets the probability of dropping the connection after committing a registration. */
  public void dropAfterCommitRate(double rate) {
    dropAfterCommitRate = FaultDice.checkRate(rate);
  }

  /** The next {@code n} requests answer 500 (added to any still pending). */
  public void failNextRequestsWith500(int n) {
    forced500.add(n);
  }

  /** The next {@code n} committed registrations lose their answer (added to any still pending). */
  public void dropNextRegistrationsAfterCommit(int n) {
    forcedDrops.add(n);
  }

  /** The next {@code n} JSON answers are sent with their body cut in half (added to any still pending). */
  public void malformedJsonNext(int n) {
    malformedJson.add(n);
  }

  /** Reseeds the random source used by the rates. */
  public void seed(long seed) {
    dice.seed(seed);
  }

  /** Queues outcomes for the next registered receipts. */
  public void nextOutcomes(List<SchetmashOutcome> next) {
    outcomes.addAll(next);
  }

  /** Counted faults not yet served: forced 500 pages, dropped answers and cut-off answers. */
  public int pendingFaults() {
    return forced500.pending() + forcedDrops.pending() + malformedJson.pending();
  }

  /** Back to no latency, no faults, no queued outcomes, an unseeded random source. */
  public void reset() {
    dice.reset();
    html500Rate = 0.0d;
    dropAfterCommitRate = 0.0d;
    forced500.clear();
    forcedDrops.clear();
    malformedJson.clear();
    outcomes.clear();
  }

  /** Sleeps for the configured latency. */
  public void applyLatency() throws InterruptedException {
    dice.applyLatency();
  }

  /** Decides (and consumes) whether this request gets an HTML 500 page. */
  public boolean takeHtml500() {
    return forced500.take() || dice.roll(html500Rate);
  }

  /** Decides (and consumes) whether this committed registration loses its answer. */
  public boolean takeDropAfterCommit() {
    return forcedDrops.take() || dice.roll(dropAfterCommitRate);
  }

  /** Decides (and consumes) whether this JSON answer is sent with its body cut in half. */
  public boolean takeMalformedJson() {
    return malformedJson.take();
  }

  /** The outcome for a newly registered receipt: the next queued one, else {@link SchetmashOutcome#SUCCESS}. */
  public SchetmashOutcome takeOutcome() {
    SchetmashOutcome next = outcomes.poll();
    return next == null ? SchetmashOutcome.SUCCESS : next;
  }
}
