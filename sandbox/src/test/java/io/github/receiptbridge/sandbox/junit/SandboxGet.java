package io.github.receiptbridge.sandbox.junit;

import io.github.receiptbridge.sandbox.OnecSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** One authenticated GET against the 1C simulator, for the extension's tests. */
final class SandboxGet {
  private static final OkHttpClient CLIENT = new OkHttpClient();

  private SandboxGet() {
  }

  /** The answer's status. */
  static int status(OnecSandbox onec, String relative) {
    try (Response response = call(onec, relative)) {
      return response.code();
    }
  }

  /** The answer's body; fails unless the status is 200. */
  static String body(OnecSandbox onec, String relative) {
    try (Response response = call(onec, relative)) {
      if (response.code() != 200) {
        throw new AssertionError("GET " + relative + ": " + response.code());
      }
      return response.body().string();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response call(OnecSandbox onec, String relative) {
    HttpUrl url = HttpUrl.get(onec.serviceRoot()).resolve(relative);
    Request request = new Request.Builder().url(url)
        .header("Authorization", Credentials.basic(onec.user(), onec.password(), StandardCharsets.UTF_8))
        .build();
    try {
      return CLIENT.newCall(request).execute();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
