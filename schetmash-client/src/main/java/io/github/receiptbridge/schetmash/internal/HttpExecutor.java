package io.github.receiptbridge.schetmash.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.common.internal.RetryPolicy;
import io.github.receiptbridge.common.Sleeper;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashTransportException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnexpectedResponseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs one API call: sends it, repeats it on transport failures and on 408, 429 and 5xx answers (the same request
 * each time, so a registration keeps its {@code external_id}), and hands back the JSON body. Business errors in
 * the body are left to {@link ResponseDecoder}.
 */
public final class HttpExecutor {
  private static final int SNIPPET_LENGTH = 200;

  private final ObjectMapper mapper;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;

  /** An executor with the given JSON mapper, retry policy and sleeper. */
  public HttpExecutor(ObjectMapper mapper, RetryPolicy retryPolicy, Sleeper sleeper) {
    this.mapper = mapper;
    this.retryPolicy = retryPolicy;
    this.sleeper = sleeper;
  }

  /**
   * Executes the call made by {@code newCall}, which must build the same request each time it is asked.
   *
   * @throws SchetmashTransportException when every attempt failed in transport
   * @throws SchetmashUnexpectedResponseException when the last answer was not a JSON object
   */
  public Answer execute(Supplier<Call<ResponseBody>> newCall) {
    for (int attempt = 0; ; attempt++) {
      Call<ResponseBody> call = newCall.get();
      String description = describe(call.request());
      Optional<Duration> retryAfter = Optional.empty();
      SchetmashException failure;
      try {
        Response<ResponseBody> response = call.execute();
        retryAfter = retryAfter(response);
        Answer answer = toAnswer(description, response);
        if (!isRetryableStatus(answer.httpStatus())) {
          return answer;
        }
        failure = unexpected(description, answer.httpStatus(), answer.json().toString(), "a retryable error status");
      } catch (SchetmashUnexpectedResponseException e) {
        if (!e.isRetrySafe()) {
          throw e;
        }
        failure = e;
      } catch (IOException e) {
        if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
          throw new SchetmashTransportException(description, e);
        }
        failure = new SchetmashTransportException(description, e);
      }
      if (attempt >= retryPolicy.maxRetries()) {
        throw failure;
      }
      pause(retryPolicy.delayBefore(attempt + 1, retryAfter), failure);
    }
  }

  private Answer toAnswer(String description, Response<ResponseBody> response) throws IOException {
    int status = response.code();
    ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
    String text = body == null ? "" : body.string();
    if (text.isBlank()) {
      throw unexpected(description, status, "", "an empty body where JSON was expected");
    }
    JsonNode json;
    try {
      json = mapper.readTree(text);
    } catch (IOException e) {
      throw unexpected(description, status, text, "not JSON (an HTML error page?)");
    }
    if (json == null || !json.isObject()) {
      throw unexpected(description, status, text, "JSON that is not an object");
    }
    return new Answer(description, status, json);
  }

  private static boolean isRetryableStatus(int status) {
    return status >= 500 || status == 408 || status == 429;
  }

  private static Optional<Duration> retryAfter(Response<ResponseBody> response) {
    String value = response.headers().get("Retry-After");
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
    } catch (NumberFormatException e) {
      return Optional.empty(); // an HTTP-date: fall back to our own backoff
    }
  }

  private void pause(Duration delay, SchetmashException failure) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }

  /** An {@link SchetmashUnexpectedResponseException} with a short, redacted body snippet. */
  static SchetmashUnexpectedResponseException unexpected(String call, int status, String body, String reason) {
    String oneLine = body.replaceAll("\\s+", " ").trim();
    String snippet = oneLine.length() > SNIPPET_LENGTH ? oneLine.substring(0, SNIPPET_LENGTH) + "…" : oneLine;
    return new SchetmashUnexpectedResponseException(call, status, Redaction.text(snippet), reason);
  }

  private static String describe(Request request) {
    return request.method() + " " + Redaction.pathAndQuery(request.url());
  }
}
