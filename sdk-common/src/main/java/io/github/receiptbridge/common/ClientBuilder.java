package io.github.receiptbridge.common;

import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The transport settings every client builder has: timeouts, retries, HTTP logging, plain {@code http://} and a
 * shared OkHttpClient. Each client's builder states its own defaults for them in its class description. Not
 * thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 * @since 0.1.0
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private final TransportConfig.Builder transport;

  /**
   * A builder that writes every transport setting into {@code transport}, which the concrete builder made with its
   * defaults and builds in its {@code build()}.
   *
   * @param transport the transport settings with the client's defaults
   */
  protected ClientBuilder(TransportConfig.Builder transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  @SuppressWarnings("unchecked") // B is this builder's own type, as its declaration requires
  private B self() {
    return (B) this;
  }

  /**
   * Time to establish a TCP/TLS connection. The default is the client's (see its builder's description).
   *
   * @param timeout the limit; zero means none
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    transport.connectTimeout(Objects.requireNonNull(timeout, "timeout"));
    return self();
  }

  /**
   * Longest silence while reading an answer. The default is the client's (see its builder's description).
   *
   * @param timeout the limit; zero means none
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    transport.readTimeout(Objects.requireNonNull(timeout, "timeout"));
    return self();
  }

  /**
   * Longest silence while sending. The default is the client's (see its builder's description).
   *
   * @param timeout the limit; zero means none
   * @return this builder
   */
  public B writeTimeout(Duration timeout) {
    transport.writeTimeout(Objects.requireNonNull(timeout, "timeout"));
    return self();
  }

  /**
   * Limit of one HTTP attempt as a whole; each retry gets its own. The default is the client's (see its builder's
   * description).
   *
   * @param timeout the limit; zero means none
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    transport.callTimeout(Objects.requireNonNull(timeout, "timeout"));
    return self();
  }

  /**
   * Repeats after a transport failure or a 5xx/408/429 answer, where the call is safe to repeat. Default 2.
   *
   * @param maxRetries how many repeats at most; 0 turns retries off
   * @return this builder
   */
  public B maxRetries(int maxRetries) {
    transport.maxRetries(maxRetries);
    return self();
  }

  /**
   * Backoff before the first repeat and its ceiling; each wait is drawn between half and all of its step. A server's
   * {@code Retry-After} (seconds or HTTP-date) is waited instead when it is not longer than the ceiling. The
   * defaults are the client's (see its builder's description).
   *
   * @param initialDelay the first step; it doubles for each further repeat
   * @param maxDelay the ceiling
   * @return this builder
   */
  public B retryBackoff(Duration initialDelay, Duration maxDelay) {
    transport.retryInitialDelay(Objects.requireNonNull(initialDelay, "initialDelay"));
    transport.retryMaxDelay(Objects.requireNonNull(maxDelay, "maxDelay"));
    return self();
  }

  /**
   * What waits between retries; default {@link Sleeper#SYSTEM}. Tests set one that records the pauses instead of
   * waiting for them.
   *
   * @param sleeper the waiting
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    transport.sleeper(Objects.requireNonNull(sleeper, "sleeper"));
    return self();
  }

  /**
   * Logs one INFO line per HTTP exchange (method, path with secrets masked, status, time). Off by default.
   *
   * @param enabled whether to log
   * @return this builder
   */
  public B httpLogging(boolean enabled) {
    transport.httpLogging(enabled);
    return self();
  }

  /**
   * Accepts a plain {@code http://} URL to a host other than the loopback one. Off by default, and {@code build()}
   * refuses such a URL, because everything the client sends, the credentials included (the 1C password in every
   * request's HTTP Basic header, the Счетмаш login, password and token), would cross the network unencrypted: anyone
   * on the path can read and reuse them. Turn it on only for a network you trust end to end, such as a VPN or a
   * private segment; prefer {@code https://}. {@code https://} and the loopback host ({@code localhost}, {@code
   * 127.x.x.x}, {@code ::1}) are accepted either way.
   *
   * @param allowed whether plain {@code http://} to another host is accepted
   * @return this builder
   */
  public B allowInsecureHttp(boolean allowed) {
    transport.allowInsecureHttp(allowed);
    return self();
  }

  /**
   * An OkHttpClient whose connection pool and threads to share (recommended when the application has one). The
   * client derives its own settings from it with {@code newBuilder()} and never shuts it down; the caller keeps
   * owning it. Default: none, and the client makes its own, which its {@code close()} releases.
   *
   * @param httpClient the application's client
   * @return this builder
   */
  public B httpClient(OkHttpClient httpClient) {
    transport.sharedHttpClient(Objects.requireNonNull(httpClient, "httpClient"));
    return self();
  }
}
