package io.github.receiptbridge.common;

import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.immutables.value.Value;

/**
 * How a client talks HTTP: timeouts, retries and the waits between them, logging, an optional shared OkHttpClient.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractTransportConfig {
  /**
   * Time to establish a TCP/TLS connection.
   *
   * @return the limit; zero means none
   */
  public abstract Duration connectTimeout();

  /**
   * Longest silence while reading an answer.
   *
   * @return the limit between two reads; zero means none
   */
  public abstract Duration readTimeout();

  /**
   * Longest silence while sending a request.
   *
   * @return the limit between two writes; zero means none
   */
  public abstract Duration writeTimeout();

  /**
   * Limit of one HTTP attempt as a whole; each retry gets its own.
   *
   * @return the limit of one attempt, from connecting to the answer's last byte; zero means none
   */
  public abstract Duration callTimeout();

  /**
   * Repeats after a transport failure or a 5xx/408/429 answer, where the call is safe to repeat; default 2.
   *
   * @return how many repeats at most after the first attempt; 0 means none
   */
  @Value.Default
  public int maxRetries() {
    return 2;
  }

  /**
   * Backoff before the first repeat; it doubles for each further one, with jitter.
   *
   * @return the first step; each wait is drawn between half and all of its step
   */
  public abstract Duration retryInitialDelay();

  /**
   * Backoff ceiling: no wait between repeats is longer.
   *
   * @return the longest step; a server's {@code Retry-After} longer than this is ignored and the backoff waited
   *     instead
   */
  public abstract Duration retryMaxDelay();

  /**
   * Whether one INFO line per HTTP exchange is logged (method, path with secrets masked, status, time); default
   * off ({@code false}).
   *
   * @return {@code true} when each exchange is logged
   */
  @Value.Default
  public boolean httpLogging() {
    return false;
  }

  /**
   * Whether plain {@code http://} to a host other than the loopback one is accepted; default off ({@code false}):
   * the credentials would cross the network unencrypted. Loopback and {@code https://} are always accepted.
   *
   * @return {@code true} when a plain {@code http://} URL to another host is accepted
   */
  @Value.Default
  public boolean allowInsecureHttp() {
    return false;
  }

  /**
   * An application's OkHttpClient whose connection pool and threads the client shares.
   *
   * @return the shared client, which the client never shuts down; empty (the default) when the client makes and
   *     closes its own
   */
  @Value.Auxiliary
  public abstract Optional<OkHttpClient> sharedHttpClient();

  /**
   * What waits between retries; default {@link Sleeper#SYSTEM}, which a test may replace.
   *
   * @return the sleeper that every wait between two attempts goes through
   */
  @Value.Default
  @Value.Auxiliary
  public Sleeper sleeper() {
    return Sleeper.SYSTEM;
  }

  @Value.Check
  void check() {
    if (maxRetries() < 0) {
      throw new IllegalStateException("maxRetries must be 0 or more, was " + maxRetries());
    }
    for (Duration timeout : new Duration[] {connectTimeout(), readTimeout(), writeTimeout(), callTimeout()}) {
      if (timeout.isNegative()) {
        throw new IllegalStateException("Timeouts must not be negative, was " + timeout);
      }
    }
  }
}
