package io.github.receiptbridge.onec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.receiptbridge.common.TransportConfig;
import io.github.receiptbridge.common.internal.BodySnippet;
import io.github.receiptbridge.common.internal.HttpClients;
import io.github.receiptbridge.common.internal.HttpReply;
import io.github.receiptbridge.common.internal.Repeatability;
import io.github.receiptbridge.common.internal.RetryingExecutor;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecUnexpectedResponseException;
import io.github.receiptbridge.onec.query.ODataQuery;
import java.io.IOException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * Sends requests through the shared {@link RetryingExecutor} and returns JSON bodies. Reads and PATCHes are repeated
 * after transport failures, 5xx/408/429 answers that 1C calls retry-safe, and success answers whose body is not 1C
 * JSON (an Atom feed, an HTML page, cut-off JSON), since both are idempotent; a POST is sent once, because repeating
 * a create is not safe in general. A server's {@code Retry-After} is honoured like the Счетмаш client does. Requests
 * go to OkHttp as they are, with the {@link HttpUrl} already built: OData URLs carry query options and key predicates
 * that do not fit Retrofit's path templates, and handing a URL through Retrofit would parse and encode it again.
 */
public final class ODataHttp {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl serviceRoot;
  private final OkHttpClient httpClient;
  private final ObjectMapper mapper;
  private final RetryingExecutor<OnecException> executor;

  /** Requests to {@code serviceRoot} over {@code httpClient}, retried as {@code transport} says. */
  public ODataHttp(HttpUrl serviceRoot, OkHttpClient httpClient, ObjectMapper mapper, TransportConfig transport) {
    this.serviceRoot = serviceRoot;
    this.httpClient = httpClient;
    this.mapper = mapper;
    this.executor = new RetryingExecutor<>(HttpClients.retryPolicy(transport), transport.sleeper(),
        new ODataFailures(), ODataUrls::decoded);
  }

  /** The service root every URL starts with. */
  public HttpUrl serviceRoot() {
    return serviceRoot;
  }

  /** GET {@code url}; {@code entitySet} names the addressed set for error advice. */
  public JsonNode get(HttpUrl url, @Nullable String entitySet) {
    return execute(new Request.Builder().url(url).build(), Repeatability.REPEATABLE, entitySet);
  }

  /**
   * GET {@code url} and return the entities of the collection answer ({@code value}).
   *
   * @throws OnecUnexpectedResponseException when the answer has no {@code value} array
   */
  public List<JsonNode> getValues(HttpUrl url, @Nullable String entitySet) {
    return EntityReader.values(get(url, entitySet), "GET " + ODataUrls.decoded(url));
  }

  /** The entities {@code query} selects, in one request (no paging). */
  public List<JsonNode> getValues(ODataQuery query) {
    return getValues(ODataUrls.query(serviceRoot, query), query.entitySet());
  }

  /**
   * GET a {@code $count} URL: a plain number, which 1C may prefix with a UTF-8 byte-order mark.
   *
   * @throws OnecUnexpectedResponseException when the answer is not a number
   */
  public long count(HttpUrl url, String entitySet) {
    JsonNode answer = get(url, entitySet);
    if (answer.canConvertToLong()) {
      return answer.asLong();
    }
    throw new OnecUnexpectedResponseException("GET " + ODataUrls.decoded(url), 200,
        BodySnippet.of(answer.toString()), "a $count answer that is not a number");
  }

  /** PATCH {@code url} with {@code body}. */
  public JsonNode patch(HttpUrl url, JsonNode body, String entitySet) {
    RequestBody requestBody = RequestBody.create(body.toString(), JSON);
    return execute(new Request.Builder().url(url).patch(requestBody).build(), Repeatability.REPEATABLE, entitySet);
  }

  /** POST {@code body} to {@code url}, once. */
  public JsonNode post(HttpUrl url, JsonNode body, String entitySet) {
    RequestBody requestBody = RequestBody.create(body.toString(), JSON);
    return execute(new Request.Builder().url(url).post(requestBody).build(), Repeatability.SEND_ONCE, entitySet);
  }

  /** Whether {@code failure} of a write leaves open whether 1C stored it: no answer came back. */
  public boolean isUnknownOutcome(OnecException failure) {
    return executor.classifier().isUnknownOutcome(failure);
  }

  private JsonNode execute(Request request, Repeatability repeatability, @Nullable String entitySet) {
    return executor.execute(() -> httpClient.newCall(request), repeatability, reply -> read(reply, entitySet));
  }

  private JsonNode read(HttpReply reply, @Nullable String entitySet) {
    if (!reply.isSuccessful()) {
      throw ODataErrors.forAnswer(mapper, reply.call(), reply.status(), reply.body(), entitySet);
    }
    byte[] body = reply.bodyBytes();
    int start = start(body);
    int end = end(body, start);
    if (start == end) {
      return NullNode.getInstance();
    }
    if (body[start] == '<') {
      String text = reply.body();
      String reason = text.contains("<feed") || text.contains("<entry")
          ? "Atom XML; the request must carry $format=json"
          : "an HTML page with a success status, often a login or publication page in front of 1C; check "
              + "ONEC_ODATA_URL";
      throw new OnecUnexpectedResponseException(reply.call(), reply.status(), BodySnippet.of(reply.body()), reason);
    }
    try {
      return mapper.readTree(body, start, end - start); // parsed from the bytes: no text, no copy
    } catch (IOException e) {
      throw new OnecUnexpectedResponseException(reply.call(), reply.status(), BodySnippet.of(reply.body()),
          "invalid JSON");
    }
  }

  /** Where the answer's JSON starts: after any UTF-8 byte-order marks (1C sends one) and white space. */
  private static int start(byte[] body) {
    int start = 0;
    while (start < body.length) {
      if (start + 2 < body.length && body[start] == (byte) 0xEF && body[start + 1] == (byte) 0xBB
          && body[start + 2] == (byte) 0xBF) {
        start += 3;
      } else if (isWhiteSpace(body[start])) {
        start++;
      } else {
        break;
      }
    }
    return start;
  }

  /** Where the answer's JSON ends: before trailing white space. */
  private static int end(byte[] body, int start) {
    int end = body.length;
    while (end > start && isWhiteSpace(body[end - 1])) {
      end--;
    }
    return end;
  }

  private static boolean isWhiteSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }
}
