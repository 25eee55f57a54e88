package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.onec.OnecKnobs;
import java.time.Duration;
import java.util.Objects;

/**
 * Live fault-injection knobs of a running {@link OnecSandbox}. Every setter is thread-safe, takes effect for the
 * next request and returns this object. Defaults: no latency, no faults.
 *
 * <pre>{@code
 * sandbox.behavior()
 *     .seed(7)
 *     .html500Rate(0.1)       // one request in ten gets the platform's HTML error page
 *     .failNextWrites(2);     // the next two writes fail with 500 / -1 and change nothing
 * }</pre>
 */
public final class OnecBehavior {
  private final OnecKnobs knobs;

  OnecBehavior(OnecKnobs knobs) {
    this.knobs = knobs;
  }

  /**
   * Delays every answer by {@code perRequest} (0 = none, the default).
   *
   * @param perRequest non-negative delay added before each request is handled
   * @return this
   */
  public OnecBehavior latency(Duration perRequest) {
    knobs.latency(Objects.requireNonNull(perRequest, "perRequest"));
    return this;
  }

  /**
   * Answers this fraction of requests with an HTML 500 page (an application-server crash) without doing
   * anything.
   *
   * @param zeroToOne probability per request, 0 (default) to 1
   * @return this
   */
  public OnecBehavior html500Rate(double zeroToOne) {
    knobs.html500Rate(zeroToOne);
    return this;
  }

  /**
   * The next {@code n} writes (POST, PATCH, MERGE, PUT, DELETE, including Post/Unpost) that pass authentication
   * answer HTTP 500 {@code {"odata.error":{"code":"-1",…"Ошибка при записи (имитация сбоя)"}}} and change
   * nothing, as a configuration handler that throws would.
   *
   * @param n number of writes, added to any still pending
   * @return this
   */
  public OnecBehavior failNextWrites(int n) {
    knobs.failNextWrites(n);
    return this;
  }

  /**
   * The next {@code n} authenticated requests get an HTML login page with status 200, as a misconfigured
   * publication sends, which a client must not take for data.
   *
   * @param n number of requests, added to any still pending
   * @return this
   */
  public OnecBehavior loginPageNext(int n) {
    knobs.loginPageNext(n);
    return this;
  }

  /**
   * The next {@code n} authenticated requests that would be answered with JSON (by {@code $format=json} or
   * {@code Accept: application/json}) are answered in Atom XML instead, as a publication that ignores
   * {@code $format=json} would: feeds, entries and the service document as Atom, errors as {@code <m:error>}, the
   * status unchanged and a write still performed. Answers that look the same in every format ({@code $metadata},
   * {@code $count}, empty answers, Post/Unpost) do not count.
   *
   * @param n number of answers, added to any still pending
   * @return this
   */
  public OnecBehavior atomNext(int n) {
    knobs.atomNext(n);
    return this;
  }

  /**
   * The next {@code n} answers with a JSON body are produced normally (writes are committed) and sent with only
   * the first half of the body, as a broken proxy would: status and headers unchanged, {@code Content-Length}
   * matching the cut body. HTML pages, Atom XML and empty answers do not count.
   *
   * @param n number of answers, added to any still pending
   * @return this
   */
  public OnecBehavior malformedJsonNext(int n) {
    knobs.malformedJsonNext(n);
    return this;
  }

  /**
   * Reseeds the random source behind {@link #html500Rate}, for reproducible runs.
   *
   * @param seed the seed
   * @return this
   */
  public OnecBehavior seed(long seed) {
    knobs.seed(seed);
    return this;
  }

  /**
   * How many of the faults asked for by count ({@link #failNextWrites}, {@link #loginPageNext}, {@link #atomNext},
   * {@link #malformedJsonNext}) have not been served yet, so a test can tell how many struck.
   *
   * @return the pending count
   */
  public int pendingFaults() {
    return knobs.pendingFaults();
  }

  /**
   * Back to the defaults: no latency, no faults, unseeded randomness.
   *
   * @return this
   */
  public OnecBehavior reset() {
    knobs.reset();
    return this;
  }
}
