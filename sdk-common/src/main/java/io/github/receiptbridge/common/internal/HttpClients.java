package io.github.receiptbridge.common.internal;

import io.github.receiptbridge.common.TransportConfig;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Builds the OkHttpClient of a client from its transport settings. */
public final class HttpClients {
  /** Idle connections the process keeps for reuse: both services at their highest default concurrency, and more. */
  private static final int PROCESS_IDLE_CONNECTIONS = 32;

  private HttpClients() {}

  /**
   * What every client of the process derives from when it is given no shared client: one connection pool and one
   * certificate store for all of them. Building an OkHttpClient from scratch loads the platform's certificates again
   * (tens of milliseconds of CPU), and a pool per client kept connections that no other client could reuse.
   */
  private static final class ProcessClient {
    static final OkHttpClient BASE = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(PROCESS_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
        .build();
  }

  /**
   * An OkHttpClient with the timeouts of {@code transport}, derived from its shared client when there is one and from
   * the process's own otherwise. OkHttp's own silent retry is off: retries are the caller's decision, made per call.
   *
   * @param loggerName the SLF4J logger of the request lines, used when HTTP logging is on
   * @param describeUrl how a URL appears in a log line (secrets masked, path decoded)
   * @param interceptors added before the logger, for example authentication
   */
  public static OkHttpClient create(TransportConfig transport, String loggerName,
      Function<HttpUrl, String> describeUrl, Interceptor... interceptors) {
    OkHttpClient.Builder builder = transport.sharedHttpClient().map(OkHttpClient::newBuilder)
        .orElseGet(ProcessClient.BASE::newBuilder)
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

  /**
   * Closes the idle connections of {@code client}'s pool, unless it derives from a client the caller shared (whose
   * connections are the caller's). The process's pool is then empty of idle connections: another client of the process
   * opens new ones as it needs them. The calls are synchronous, so no dispatcher thread was ever started.
   */
  public static void release(TransportConfig transport, OkHttpClient client) {
    if (transport.sharedHttpClient().isEmpty()) {
      client.connectionPool().evictAll();
    }
  }

  /** The retry policy of {@code transport}. */
  public static RetryPolicy retryPolicy(TransportConfig transport) {
    return new RetryPolicy(transport.maxRetries(), transport.retryInitialDelay(), transport.retryMaxDelay());
  }
}
