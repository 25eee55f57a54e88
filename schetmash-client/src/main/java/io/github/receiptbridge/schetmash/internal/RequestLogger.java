package io.github.receiptbridge.schetmash.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per HTTP exchange: method, path with the token shown as {@code ****}, status and time. Bodies and
 * headers are never logged, so neither the password nor the token can reach a log. OkHttp's own logging
 * interceptor cannot redact query parameters in 4.12, hence this one.
 */
public final class RequestLogger implements Interceptor {
  /** The SLF4J logger name of these lines. */
  public static final String LOGGER_NAME = "io.github.receiptbridge.schetmash.http";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String call = request.method() + " " + Redaction.pathAndQuery(request.url());
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      LOG.info("{} -> {} ({} ms)", call, response.code(), elapsedMillis(start));
      return response;
    } catch (IOException e) {
      LOG.info("{} -> {} ({} ms)", call, e.getClass().getSimpleName(), elapsedMillis(start));
      throw e;
    }
  }

  private static long elapsedMillis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
