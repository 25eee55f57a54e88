package io.github.receiptbridge.common.internal;

import io.github.receiptbridge.common.CallCancelledException;
import io.github.receiptbridge.common.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one retry loop of both clients. It sends a request, hands the answer to the client's reader, and when the
 * request is safe to repeat and the client's {@link RetryClassifier} calls the failure retryable, sends the same
 * request again after a backoff: exponential with jitter from the {@link RetryPolicy}, or the server's {@code
 * Retry-After} (seconds or HTTP-date) when that is not longer than the policy's ceiling. An interrupt ends the loop
 * with a {@link CallCancelledException}, never the client's transport failure (the service did not fail, the caller
 * asked to stop): the thread's flag stays set and nothing is repeated. A call in flight is cancelled as soon as its
 * thread is interrupted ({@link InterruptWatch}), not when a slow answer finally comes.
 *
 * @param <F> the client's exception type
 */
public final class RetryingExecutor<F extends RuntimeException> {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final RetryClassifier<F> classifier;
  private final Function<HttpUrl, String> describeUrl;
  private final Clock clock;

  /**
   * An executor.
   *
   * @param describeUrl how a request's URL appears in messages (secrets masked, path decoded)
   */
  public RetryingExecutor(RetryPolicy policy, Sleeper sleeper, RetryClassifier<F> classifier,
      Function<HttpUrl, String> describeUrl) {
    this(policy, sleeper, classifier, describeUrl, Clock.systemUTC());
  }

  RetryingExecutor(RetryPolicy policy, Sleeper sleeper, RetryClassifier<F> classifier,
      Function<HttpUrl, String> describeUrl, Clock clock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.classifier = classifier;
    this.describeUrl = describeUrl;
    this.clock = clock;
  }

  /**
   * Whether an HTTP status says the server failed or asked to be called later (5xx, 408, 429), so that the same
   * request may succeed when sent again.
   */
  public static boolean isRetryableStatus(int status) {
    return status >= 500 || status == 408 || status == 429;
  }

  /** The classifier this executor asks. */
  public RetryClassifier<F> classifier() {
    return classifier;
  }

  /**
   * Sends the request {@code newCall} builds and returns what {@code reader} makes of the answer.
   *
   * @param newCall builds the same request each time it is asked, as an OkHttp call: Retrofit's calls would buffer
   *     each answer once more and parse the URL of each request again
   * @param repeatability whether the request may be sent again after a failure
   * @param reader turns an answer into a result, or throws the client's exception for it
   * @throws F the last failure: {@code reader}'s, or the classifier's transport failure
   * @throws CallCancelledException when the thread was interrupted before the answer came or during a backoff; the
   *     interrupt flag stays set
   */
  public <T> T execute(Supplier<Call> newCall, Repeatability repeatability, Function<HttpReply, T> reader) {
    for (int attempt = 0; ; attempt++) {
      Call call = newCall.get();
      Supplier<String> description = () -> describe(call.request());
      Optional<Duration> retryAfter = Optional.empty();
      F failure;
      try {
        Exchanged exchanged = InterruptWatch.watching(call, () -> {
          try (Response response = call.execute()) {
            return new Exchanged(response.headers(), reply(description, response));
          }
        });
        retryAfter = RetryAfter.of(exchanged.headers(), clock.instant());
        return reader.apply(exchanged.reply());
      } catch (IOException e) {
        if (Thread.currentThread().isInterrupted()) { // OkHttp's InterruptedIOException, or whatever the cut left
          throw cancelledInFlight(description.get(), e);
        }
        failure = classifier.transportFailure(description.get(), e);
      } catch (InterruptedException e) { // OkHttp interrupted while it connects; the flag was taken off
        Thread.currentThread().interrupt();
        throw cancelledInFlight(description.get(), e);
      } catch (RuntimeException e) {
        if (!classifier.failureType().isInstance(e)) {
          throw e;
        }
        failure = classifier.failureType().cast(e);
      }
      if (repeatability == Repeatability.SEND_ONCE || attempt >= policy.maxRetries() || !classifier.isRetryable(failure)) {
        throw failure;
      }
      pause(policy.delayBefore(attempt + 1, retryAfter), failure);
    }
  }

  /** An answer read to its end: the headers and the reply. */
  private record Exchanged(Headers headers, HttpReply reply) {}

  private String describe(Request request) {
    return request.method() + " " + describeUrl.apply(request.url());
  }

  /** The answer read to its end, as bytes: a reader that parses them needs no text of them. */
  private static HttpReply reply(Supplier<String> description, Response response) throws IOException {
    return new HttpReply(description, response.code(), response.body().bytes(), response.header("Content-Type"));
  }

  private static CallCancelledException cancelledInFlight(String description, Exception cause) {
    return new CallCancelledException(description + " was cancelled: the calling thread was interrupted before the "
        + "answer came, so whether the service received the request is unknown. Nothing is repeated after an "
        + "interrupt", cause);
  }

  private void pause(Duration delay, F failure) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CallCancelledException cancelled = new CallCancelledException(failure.getMessage() + "; repeating it was "
          + "cancelled: the calling thread was interrupted while waiting " + delay.toMillis() + " ms to repeat it, so "
          + "it was not sent again", e);
      cancelled.addSuppressed(failure);
      throw cancelled;
    }
  }
}
