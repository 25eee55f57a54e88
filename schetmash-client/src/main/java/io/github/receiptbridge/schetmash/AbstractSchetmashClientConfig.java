package io.github.receiptbridge.schetmash;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.immutables.value.Value;

/**
 * The settled configuration of a {@link SchetmashClient}, as built by {@link SchetmashClient.Builder}. Its {@code
 * toString()} shows the password as {@code ****}.
 */
@Value.Immutable
abstract class AbstractSchetmashClientConfig {
  /** The API base URL, ending with {@code /lk/api/v1/}. */
  public abstract String baseUrl();

  /** The API login. */
  public abstract String login();

  /** The API password. */
  @Value.Redacted
  public abstract String password();

  /** The shop id receipts are registered in. */
  public abstract long shopId();

  /** Time to establish a TCP/TLS connection. */
  public abstract Duration connectTimeout();

  /** Longest silence while reading an answer. */
  public abstract Duration readTimeout();

  /** Longest silence while sending a request. */
  public abstract Duration writeTimeout();

  /** Limit of one HTTP attempt as a whole, including redirects; retries get their own. */
  public abstract Duration callTimeout();

  /** Repeats after a transport failure or a 5xx/408/429 answer. */
  public abstract int maxRetries();

  /** Backoff before the first repeat; it doubles for each further one. */
  public abstract Duration retryInitialDelay();

  /** Backoff ceiling. */
  public abstract Duration retryMaxDelay();

  /** Whether one line per HTTP exchange is logged (at INFO, logger {@code io.github.receiptbridge.schetmash.http}). */
  public abstract boolean httpLogging();

  /** The clock that stamps requests without a timestamp. */
  public abstract Clock clock();

  /** An application's OkHttpClient whose connection pool and dispatcher the client shares. */
  @Value.Auxiliary
  public abstract Optional<OkHttpClient> sharedHttpClient();

  @Value.Check
  void check() {
    if (maxRetries() < 0) {
      throw new IllegalStateException("maxRetries must be 0 or more, was " + maxRetries());
    }
    if (shopId() <= 0) {
      throw new IllegalStateException("shopId must be a positive shop id from the cabinet, was " + shopId());
    }
  }
}
