package io.github.receiptbridge.onec.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds HTTP Basic authentication with {@code user:password} encoded as UTF-8, which 1C expects for Cyrillic user
 * names (IIS rejects cp1251 with 401.5).
 */
public final class BasicAuth implements Interceptor {
  private final String header;

  /** Authentication as {@code user}. */
  public BasicAuth(String user, String password) {
    this.header = Credentials.basic(user, password, StandardCharsets.UTF_8);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
  }

  @Override
  public String toString() {
    return "BasicAuth{****}";
  }
}
