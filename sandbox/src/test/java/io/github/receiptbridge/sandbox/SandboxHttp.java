package io.github.receiptbridge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Raw HTTP against a sandbox: exact bodies out, exact status, headers and body text back. */
final class SandboxHttp {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final SchetmashSandbox sandbox;
  private final OkHttpClient client;

  SandboxHttp(SchetmashSandbox sandbox) {
    this.sandbox = sandbox;
    this.client = new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .callTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** One answer as seen on the wire. */
  record Answer(int status, String contentType, String allow, String body) {
  }

  /** POSTs {@code body} to {@code baseUrl() + relative}. */
  Answer post(String relative, String body) {
    return call(new Request.Builder().url(sandbox.baseUrl() + relative)
        .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), JSON)).build());
  }

  /** GETs {@code baseUrl() + relative}. */
  Answer get(String relative) {
    return call(new Request.Builder().url(sandbox.baseUrl() + relative).get().build());
  }

  /** Any method with an optional body, on an absolute path of the sandbox's host. */
  Answer raw(String method, String absolutePath, String bodyOrNull) {
    RequestBody body = bodyOrNull == null ? null
        : RequestBody.create(bodyOrNull.getBytes(StandardCharsets.UTF_8), JSON);
    return call(new Request.Builder().url("http://127.0.0.1:" + sandbox.port() + absolutePath)
        .method(method, body).build());
  }

  /** Gets a token with the sandbox's credentials. */
  String token() {
    String body = post("token", "{\"login\":\"" + sandbox.login() + "\",\"password\":\""
        + sandbox.password() + "\"}").body();
    int start = body.indexOf("\"token\":\"") + 9;
    return body.substring(start, body.indexOf('"', start));
  }

  /** Registers {@code body} as {@code operation} in the default shop. */
  Answer register(String token, String operation, String body) {
    return post(sandbox.shopId() + "/" + operation + "?token=" + token, body);
  }

  /** Reports by id through the default shop. */
  Answer report(String token, long id) {
    return get(sandbox.shopId() + "/report/" + id + "?token=" + token);
  }

  OkHttpClient client() {
    return client;
  }

  private Answer call(Request request) {
    try (Response response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.header("Content-Type"), response.header("Allow"),
          response.body() == null ? "" : response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid sell receipt with the given external id (the server's functional-test receipt). */
  static String sellReceipt(String externalId) {
    return "{\"external_id\":\"" + externalId + "\",\"receipt\":{\"total\":10,"
        + "\"items\":[{\"name\":\"test\",\"price\":10,\"quantity\":2,\"tax\":\"none\"}],"
        + "\"payments\":[{\"type\":1,\"sum\":10}]},\"service\":{\"callback_url\":\"test\"}}";
  }

  /** A valid correction with the given external id. */
  static String correctionReceipt(String externalId) {
    return "{\"external_id\":\"" + externalId + "\",\"correction\":{"
        + "\"check\":{\"inn\":\"123456789\",\"payment_address\":\"shop.example\"},"
        + "\"info\":{\"type\":1,\"date\":\"7 Jun 2017 00:00:00 +0300\",\"number\":\"ПС10111\","
        + "\"description\":\"test\"},"
        + "\"payments\":[{\"type\":1,\"sum\":100},{\"type\":2,\"sum\":\"49.5\"}],"
        + "\"vats\":[{\"type\":\"vat20\",\"sum\":24.92}]}}";
  }
}
