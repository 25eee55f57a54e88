package io.github.receiptbridge.common;

import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.immutables.value.Value;

/** How a client talks HTTP: timeouts, retries and the waits between them, logging, an optional shared OkHttpClient. */
@Value.Immutable
abstract class AbstractTransportConfig {
  /** Time to establish a TCP/TLS connection. */
  public abstract Duration connectTimeout();

  /** Longest silence while reading an answer. */
  public abstract Duration readTimeout();

  /** Longest silence while sending a request. */
  public abstract Duration writeTimeout();

  /** Limit of one HTTP attempt as a whole; each retry gets its own. */
  public abstract Duration callTimeout();

  /** Repeats after a transport failure or a 5xx/408/429 answer, where the call is safe to repeat; default 2. */
  @Value.Default
  public int maxRetries() {
    return 2;
  }

  /** Backoff before the first repeat; it doubles for each further one, with jitter. */
  public abstract Duration retryInitialDelay();

  /** Backoff ceiling. */
  public abstract Duration retryMaxDelay();

  /**
   * Whether one INFO line per HTTP exchange is logged (method, path with secrets masked, status, time); default
   * off.
   */
  @Value.Default
  public boolean httpLogging() {
    return false;
  }

  /**
   * Whether plain {@code http://} to a host other than the loopback one is accepted. Off by default: the
   * credentials would cross the network unencrypted. Loopback and {@code https://} are always accepted.
   */
  @Value.Default
  public boolean allowInsecureHttp() {
    return false;
  }

  /** An application's OkHttpClient whose connection pool and threads the client shares. */
  @Value.Auxiliary
  public abstract Optional<OkHttpClient> sharedHttpClient();

  /** What waits between retries: {@link Sleeper#SYSTEM} unless a test replaced it. */
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
