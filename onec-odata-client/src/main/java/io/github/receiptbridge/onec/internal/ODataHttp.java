package io.github.receiptbridge.onec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.receiptbridge.common.internal.RetryPolicy;
import io.github.receiptbridge.common.Sleeper;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecTransportException;
import io.github.receiptbridge.onec.errors.OnecUnexpectedResponseException;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Sends requests and returns JSON bodies. Reads and PATCHes are repeated after transport failures, 5xx/408/429
 * answers and success answers whose body is not 1C JSON (an Atom feed, an HTML page, cut-off JSON), since both are
 * idempotent; a POST is sent once, because repeating a create is not safe in general.
 */
public final class ODataHttp {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ODataApi api;
  private final ObjectMapper mapper;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;

  /** An executor over {@code api}. */
  public ODataHttp(ODataApi api, ObjectMapper mapper, RetryPolicy retryPolicy, Sleeper sleeper) {
    this.api = api;
    this.mapper = mapper;
    this.retryPolicy = retryPolicy;
    this.sleeper = sleeper;
  }

  /** GET {@code url}; {@code entitySet} names the addressed set for error advice (may be null). */
  public JsonNode get(HttpUrl url, String entitySet) {
    return execute("GET", url, () -> api.get(url), true, entitySet);
  }

  /**
   * GET a {@code $count} URL: a plain number, which 1C may prefix with a UTF-8 byte-order mark.
   *
   * @throws OnecUnexpectedResponseException when the answer is not a number
   */
  public long count(HttpUrl url, String entitySet) {
    JsonNode answer = execute("GET", url, () -> api.get(url), true, entitySet);
    if (answer.canConvertToLong()) {
      return answer.asLong();
    }
    throw new OnecUnexpectedResponseException("GET " + ODataUrls.decoded(url), 200,
        ODataErrors.snippet(answer.toString()), "a $count answer that is not a number");
  }

  /** PATCH {@code url} with {@code body}. */
  public JsonNode patch(HttpUrl url, JsonNode body, String entitySet) {
    RequestBody requestBody = RequestBody.create(body.toString(), JSON);
    return execute("PATCH", url, () -> api.patch(url, requestBody), true, entitySet);
  }

  /** POST {@code body} to {@code url}, once. */
  public JsonNode post(HttpUrl url, JsonNode body, String entitySet) {
    RequestBody requestBody = RequestBody.create(body.toString(), JSON);
    return execute("POST", url, () -> api.post(url, requestBody), false, entitySet);
  }

  private JsonNode execute(
      String method, HttpUrl url, Supplier<Call<ResponseBody>> newCall, boolean repeatable, String entitySet) {
    String call = method + " " + ODataUrls.decoded(url);
    for (int attempt = 0; ; attempt++) {
      OnecException failure;
      boolean unreadable = false;
      try {
        Response<ResponseBody> response = newCall.get().execute();
        String body = bodyText(response);
        if (response.isSuccessful()) {
          try {
            return parseSuccess(call, response.code(), body);
          } catch (OnecUnexpectedResponseException garbled) {
            failure = garbled; // a success status with a body that is not 1C JSON: the answer failed, not the request
            unreadable = true;
          }
        } else {
          failure = ODataErrors.forAnswer(mapper, call, response.code(), body, entitySet);
          if (!(response.code() >= 500 || response.code() == 408 || response.code() == 429)) {
            throw failure;
          }
        }
      } catch (IOException e) {
        failure = new OnecTransportException(call, e);
      }
      if (!repeatable || !(failure.isRetrySafe() || unreadable) || attempt >= retryPolicy.maxRetries()) {
        throw failure;
      }
      try {
        sleeper.sleep(retryPolicy.delayBefore(attempt + 1, Optional.empty()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure;
      }
    }
  }

  private static String bodyText(Response<ResponseBody> response) throws IOException {
    ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
    return body == null ? "" : body.string();
  }

  private JsonNode parseSuccess(String call, int status, String body) {
    String trimmed = body.replace("\uFEFF", "").trim();
    if (trimmed.isEmpty()) {
      return NullNode.getInstance();
    }
    if (trimmed.startsWith("<")) {
      String reason = trimmed.contains("<feed") || trimmed.contains("<entry")
          ? "Atom XML; the request must carry $format=json"
          : "an HTML page with a success status, often a login or publication page in front of 1C; check "
              + "ONEC_ODATA_URL";
      throw new OnecUnexpectedResponseException(call, status, ODataErrors.snippet(body), reason);
    }
    try {
      return mapper.readTree(trimmed);
    } catch (IOException e) {
      throw new OnecUnexpectedResponseException(call, status, ODataErrors.snippet(body), "invalid JSON");
    }
  }
}
