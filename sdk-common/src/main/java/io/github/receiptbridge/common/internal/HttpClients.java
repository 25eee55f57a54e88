package io.github.receiptbridge.common.internal;

import io.github.receiptbridge.common.TransportConfig;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Builds the OkHttpClient of a client from its transport settings. */
public final class HttpClients {
  private HttpClients() {}

  /**
   * An OkHttpClient with the timeouts of {@code transport}, derived from its shared client when there is one. OkHttp's
   * own silent retry is off: retries are the caller's decision, made per call.
   *
   * @param loggerName the SLF4J logger of the request lines, used when HTTP logging is on
   * @param describeUrl how a URL appears in a log line (secrets masked, path decoded)
   * @param interceptors added before the logger, for example authentication
   */
  public static OkHttpClient create(TransportConfig transport, String loggerName,
      Function<HttpUrl, String> describeUrl, Interceptor... interceptors) {
    OkHttpClient.Builder builder = transport.sharedHttpClient().map(OkHttpClient::newBuilder)
        .orElseGet(OkHttpClient.Builder::new)
        .connectTimeout(transport.connectTimeout())
        .readTimeout(transport.readTimeout())
        .writeTimeout(transport.writeTimeout())
        .callTimeout(transport.callTimeout())
        .retryOnConnectionFailure(false);
    for (Interceptor interceptor : interceptors) {
      builder.addInterceptor(interceptor);
    }
    if (transport.httpLogging()) {
      builder.addInterceptor(new RequestLogger(loggerName, describeUrl));
    }
    return builder.build();
  }

  /** Releases the connections and threads of {@code client}, unless it derives from the shared one. */
  public static void release(TransportConfig transport, OkHttpClient client) {
    if (transport.sharedHttpClient().isEmpty()) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** The retry policy of {@code transport}. */
  public static RetryPolicy retryPolicy(TransportConfig transport) {
    return new RetryPolicy(transport.maxRetries(), transport.retryInitialDelay(), transport.retryMaxDelay());
  }
}
