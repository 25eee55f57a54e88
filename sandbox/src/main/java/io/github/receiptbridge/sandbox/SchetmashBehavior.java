package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.internal.BehaviorKnobs;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Live fault-injection knobs of a running {@link SchetmashSandbox}, in the spirit of Retrofit's
 * {@code NetworkBehavior}. Every setter is thread-safe, takes effect for the next request, and returns
 * this object for chaining. Defaults: no latency, no faults, every receipt succeeds.
 *
 * <pre>{@code
 * sandbox.behavior()
 *         .seed(7)
 *         .failNextRequestsWith500(1)               // the next request gets an HTML 500 page
 *         .dropNextRegistrationsAfterCommit(1)      // the next stored receipt loses its answer
 *         .nextOutcomes(SchetmashOutcome.KKT_ERROR_THEN_SUCCESS, SchetmashOutcome.TERMINAL_ERROR);
 * }</pre>
 */
public final class SchetmashBehavior {
  private final BehaviorKnobs knobs;

  SchetmashBehavior(BehaviorKnobs knobs) {
    this.knobs = knobs;
  }

  /**
   * Delays every answer by {@code perRequest} (0 = none, the default).
   *
   * @param perRequest non-negative delay added before each request is handled
   * @return this
   */
  public SchetmashBehavior latency(Duration perRequest) {
    knobs.latency(Objects.requireNonNull(perRequest, "perRequest"));
    return this;
  }

  /**
   * Answers this fraction of requests with an HTML 500 page without doing anything (nothing is stored).
   *
   * @param zeroToOne probability per request, 0 (default) to 1
   * @return this
   */
  public SchetmashBehavior html500Rate(double zeroToOne) {
    knobs.html500Rate(zeroToOne);
    return this;
  }

  /**
   * On this fraction of registrations that store a new receipt, stores it and then closes the connection
   * without an answer, so the client cannot know the outcome. Duplicates and rejections are never dropped.
   *
   * @param zeroToOne probability per committed registration, 0 (default) to 1
   * @return this
   */
  public SchetmashBehavior dropAfterCommitRate(double zeroToOne) {
    knobs.dropAfterCommitRate(zeroToOne);
    return this;
  }

  /**
   * Answers the next {@code n} requests (any route) with an HTML 500 page without doing anything.
   *
   * @param n number of requests, added to any still pending
   * @return this
   */
  public SchetmashBehavior failNextRequestsWith500(int n) {
    knobs.failNextRequestsWith500(n);
    return this;
  }

  /**
   * Drops the connection after committing the next {@code n} registrations that store a new receipt.
   *
   * @param n number of registrations, added to any still pending
   * @return this
   */
  public SchetmashBehavior dropNextRegistrationsAfterCommit(int n) {
    knobs.dropNextRegistrationsAfterCommit(n);
    return this;
  }

  /**
   * Handles the next {@code n} requests whose answer has a JSON body normally (a registration is
   * committed) and then sends only the first half of that body, as a broken proxy would: status and headers
   * are unchanged, {@code Content-Length} matches the cut body. HTML pages, empty answers and dropped
   * connections do not count.
   *
   * @param n number of JSON answers, added to any still pending
   * @return this
   */
  public SchetmashBehavior malformedJsonNext(int n) {
    knobs.malformedJsonNext(n);
    return this;
  }

  /**
   * Reseeds the random source behind {@link #html500Rate} and {@link #dropAfterCommitRate}, for
   * reproducible runs.
   *
   * @param seed the seed
   * @return this
   */
  public SchetmashBehavior seed(long seed) {
    knobs.seed(seed);
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
    knobs.nextOutcomes(Arrays.asList(outcomes.clone()));
    return this;
  }

  /**
   * How many of the faults asked for by count ({@link #failNextRequestsWith500}, {@link
   * #dropNextRegistrationsAfterCommit}, {@link #malformedJsonNext}) have not been served yet, so a test can tell how
   * many struck.
   *
   * @return the pending count
   */
  public int pendingFaults() {
    return knobs.pendingFaults();
  }

  /**
   * Back to the defaults: no latency, no faults, no queued outcomes, unseeded randomness.
   *
   * @return this
   */
  public SchetmashBehavior reset() {
    knobs.reset();
    return this;
  }
}
