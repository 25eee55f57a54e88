package io.github.receiptbridge.common.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per HTTP exchange: method, URL as the client describes it (secrets masked), status or failure, and
 * time. Headers and bodies are never logged, so neither passwords nor tokens in them can reach a log.
 */
final class RequestLogger implements Interceptor {
  private final Logger log;
  private final Function<HttpUrl, String> describeUrl;

  /** A logger writing to {@code loggerName}. */
  RequestLogger(String loggerName, Function<HttpUrl, String> describeUrl) {
    this.log = LoggerFactory.getLogger(loggerName);
    this.describeUrl = describeUrl;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String call = request.method() + " " + describeUrl.apply(request.url());
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      log.info("{} -> {} ({} ms)", call, response.code(), elapsedMillis(start));
      return response;
    } catch (IOException e) {
      log.info("{} -> {} ({} ms)", call, e.getClass().getSimpleName(), elapsedMillis(start));
      throw e;
    }
  }

  private static long elapsedMillis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
