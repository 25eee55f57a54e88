package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.OnecSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Raw HTTP against an OData sandbox, as a client would send it: UTF-8 Basic credentials, OkHttp's encoding of the
 * URL (Cyrillic as UTF-8 percent escapes, spaces as {@code %20}); exact status, headers and body text back.
 */
final class OnecHttp {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OnecSandbox sandbox;
  private final OkHttpClient client;

  OnecHttp(OnecSandbox sandbox) {
    this.sandbox = sandbox;
    this.client = new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .callTimeout(Duration.ofSeconds(20))
        .build();
  }

  /** One answer as seen on the wire; the body is decoded as UTF-8 without dropping a byte-order mark. */
  record Answer(int status, String contentType, String location, String body) {
  }

  /** GET of {@code serviceRoot() + relative} as the sandbox's user. */
  Answer get(String relative) {
    return send("GET", relative, null, sandbox.user(), sandbox.password());
  }

  /** GET with other credentials ({@code null} user: no Authorization header). */
  Answer getAs(String user, String password, String relative) {
    return send("GET", relative, null, user, password);
  }

  /** POST of a JSON body. */
  Answer post(String relative, String json) {
    return send("POST", relative, json, sandbox.user(), sandbox.password());
  }

  /** PATCH of a JSON body. */
  Answer patch(String relative, String json) {
    return send("PATCH", relative, json, sandbox.user(), sandbox.password());
  }

  /** DELETE. */
  Answer delete(String relative) {
    return send("DELETE", relative, null, sandbox.user(), sandbox.password());
  }

  /** Any method on {@code serviceRoot() + relative}. */
  Answer send(String method, String relative, String jsonOrNull, String user, String password) {
    return send(method, HttpUrl.get(sandbox.serviceRoot() + relative), jsonOrNull, user, password);
  }

  /** Any method on an absolute URL. */
  Answer send(String method, HttpUrl url, String jsonOrNull, String user, String password) {
    RequestBody body;
    if (jsonOrNull != null) {
      body = RequestBody.create(jsonOrNull.getBytes(StandardCharsets.UTF_8), JSON);
    } else {
      body = "GET".equals(method) || "DELETE".equals(method) ? null : RequestBody.create(new byte[0], JSON);
    }
    Request.Builder request = new Request.Builder().url(url).method(method, body);
    if (user != null) {
      request.header("Authorization", Credentials.basic(user, password, StandardCharsets.UTF_8));
    }
    try (Response response = client.newCall(request.build()).execute()) {
      byte[] bytes = response.body() == null ? new byte[0] : response.body().bytes();
      return new Answer(response.code(), response.header("Content-Type"), response.header("Location"),
          new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expected {@code odata.error} body, in 1C's layout. */
  static String error(String code, String message) {
    return "{\n \"odata.error\": {\n  \"code\": \"" + code + "\",\n  \"message\": {\n   \"lang\": \"ru\",\n"
        + "   \"value\": \"" + message + "\"\n  }\n }\n}";
  }
}
