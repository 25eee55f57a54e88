package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.internal.schetmash.SchetmashFaults;
import io.github.receiptbridge.sandbox.internal.server.CountedFault;
import io.github.receiptbridge.sandbox.internal.server.FaultDice;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Live fault-injection knobs of a running {@link SchetmashSandbox}, in the spirit of Retrofit's
 * {@code NetworkBehavior}. Every setter is thread-safe, takes effect for the next request, and returns
 * this object for chaining. Defaults: no latency, no faults, every receipt succeeds. The knobs both simulators have
 * are described on {@link SandboxBehavior}.
 *
 * <pre>{@code
 * sandbox.behavior()
 *         .seed(7)
 *         .failNextRequestsWith500(1)               // the next request gets an HTML 500 page
 *         .dropNextRegistrationsAfterCommit(1)      // the next stored receipt loses its answer
 *         .nextOutcomes(SchetmashOutcome.KKT_ERROR_THEN_SUCCESS, SchetmashOutcome.TERMINAL_ERROR);
 * }</pre>
 *
 * <p>Requests to the simulator's own inspection route are only delayed; no other fault touches them.
 *
 * @since 0.1.0
 */
public final class SchetmashBehavior extends SandboxBehavior<SchetmashBehavior> {
  private final CountedFault forced500 = countedFault();
  private final CountedFault forcedDrops = countedFault();
  private final ConcurrentLinkedQueue<SchetmashOutcome> outcomes = new ConcurrentLinkedQueue<>();
  private volatile double dropAfterCommitRate;

  SchetmashBehavior() {
  }

  /**
   * On this fraction of registrations that store a new receipt, stores it and then closes the connection
   * without an answer, so the client cannot know the outcome. Duplicates and rejections are never dropped.
   *
   * @param zeroToOne probability per committed registration, 0 (default) to 1
   * @return this
   */
  public SchetmashBehavior dropAfterCommitRate(double zeroToOne) {
    dropAfterCommitRate = FaultDice.checkRate(zeroToOne);
    return this;
  }

  /**
   * Answers the next {@code n} requests (any route) with an HTML 500 page without doing anything.
   *
   * @param n number of requests, added to any still pending
   * @return this
   */
  public SchetmashBehavior failNextRequestsWith500(int n) {
    forced500.add(n);
    return this;
  }

  /**
   * Drops the connection after committing the next {@code n} registrations that store a new receipt.
   *
   * @param n number of registrations, added to any still pending
   * @return this
   */
  public SchetmashBehavior dropNextRegistrationsAfterCommit(int n) {
    forcedDrops.add(n);
    return this;
  }

  /**
   * Sets how the next registered receipts (normal or correction) are processed, in registration order;
   * once the queue is used up, receipts succeed. Calls append to the queue.
   *
   * @param outcomes outcomes in order
   * @return this
   */
  public SchetmashBehavior nextOutcomes(SchetmashOutcome... outcomes) {
    Objects.requireNonNull(outcomes, "outcomes");
    this.outcomes.addAll(Arrays.asList(outcomes.clone()));
    return this;
  }

  @Override
  SchetmashBehavior self() {
    return this;
  }

  @Override
  void resetOwnKnobs() {
    dropAfterCommitRate = 0.0d;
    outcomes.clear();
  }

  /** The serving side of these knobs, for the simulator. */
  SchetmashFaults faults() {
    return new SchetmashFaults() {
      @Override
      public void applyLatency() throws InterruptedException {
        SchetmashBehavior.this.applyLatency();
      }

      @Override
      public boolean takeHtml500() {
        return forced500.take() || rollHtml500();
      }

      @Override
      public boolean takeMalformedJson() {
        return SchetmashBehavior.this.takeMalformedJson();
      }

      @Override
      public boolean takeDropAfterCommit() {
        return forcedDrops.take() || roll(dropAfterCommitRate);
      }

      @Override
      public SchetmashOutcome takeOutcome() {
        SchetmashOutcome next = outcomes.poll();
        return next == null ? SchetmashOutcome.SUCCESS : next;
      }
    };
  }
}
