package io.github.receiptbridge.schetmash.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.common.TransportConfig;
import io.github.receiptbridge.common.internal.BodySnippet;
import io.github.receiptbridge.common.internal.HttpClients;
import io.github.receiptbridge.common.internal.HttpReply;
import io.github.receiptbridge.common.internal.Repeatability;
import io.github.receiptbridge.common.internal.RetryingExecutor;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnexpectedResponseException;
import java.io.IOException;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Runs one API call through the shared {@link RetryingExecutor}: repeats it on transport failures and on 408, 429 and
 * 5xx answers (the same request each time, so a registration keeps its {@code external_id}), and hands back the JSON
 * body. Every call of this API is safe to repeat. Business errors in the body are left to {@link ResponseDecoder}.
 */
public final class SchetmashHttp {
  private final OkHttpClient httpClient;
  private final ObjectMapper mapper;
  private final RetryingExecutor<SchetmashException> executor;

  /** Calls over {@code httpClient} with {@code mapper}, retried as {@code transport} says. */
  public SchetmashHttp(OkHttpClient httpClient, ObjectMapper mapper, TransportConfig transport) {
    this.httpClient = httpClient;
    this.mapper = mapper;
    this.executor = new RetryingExecutor<>(HttpClients.retryPolicy(transport), transport.sleeper(),
        new SchetmashFailures(), Redaction::pathAndQuery);
  }

  /**
   * Executes the call made by {@code newCall}, which must build the same request each time it is asked. Retrofit only
   * builds the request; OkHttp sends it, so the answer is read once, into the reply.
   *
   * @throws io.github.receiptbridge.schetmash.errors.SchetmashTransportException when every attempt failed in
   *     transport
   * @throws SchetmashUnexpectedResponseException when the last answer was not a JSON object, or had a retryable
   *     error status
   */
  public Answer execute(Supplier<Call<ResponseBody>> newCall) {
    return executor.execute(() -> httpClient.newCall(newCall.get().request()), Repeatability.REPEATABLE,
        this::toAnswer);
  }

  /**
   * Whether {@code failure} of a registration leaves open whether the receipt was stored: no answer came back, or
   * one that is not the API's (except a 404/405 page, which means no route matched and nothing was stored).
   */
  public boolean isUnknownOutcome(SchetmashException failure) {
    return executor.classifier().isUnknownOutcome(failure);
  }

  private Answer toAnswer(HttpReply reply) {
    if (reply.body().isBlank()) {
      throw unexpected(reply.call(), reply.status(), "", "an empty body where JSON was expected");
    }
    JsonNode json;
    try {
      json = mapper.readTree(reply.body());
    } catch (IOException e) {
      throw unexpected(reply.call(), reply.status(), reply.body(), "not JSON (an HTML error page?)");
    }
    if (json == null || !json.isObject()) {
      throw unexpected(reply.call(), reply.status(), reply.body(), "JSON that is not an object");
    }
    if (RetryingExecutor.isRetryableStatus(reply.status())) {
      throw unexpected(reply.call(), reply.status(), json.toString(), "a retryable error status");
    }
    return new Answer(reply.call(), reply.status(), json);
  }

  /** An {@link SchetmashUnexpectedResponseException} with a short, redacted body snippet. */
  static SchetmashUnexpectedResponseException unexpected(String call, int status, String body, String reason) {
    return new SchetmashUnexpectedResponseException(call, status, Redaction.text(BodySnippet.of(body)), reason);
  }
}
