package io.github.receiptbridge.common;

import io.github.receiptbridge.common.internal.InsecureHttp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The transport settings every client builder has, and the checks every {@code build()} makes. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private Duration connectTimeout;
  private Duration readTimeout;
  private Duration writeTimeout;
  private Duration callTimeout;
  private int maxRetries = 2;
  private Duration retryInitialDelay;
  private Duration retryMaxDelay;
  private boolean httpLogging;
  private boolean allowInsecureHttp;
  private @Nullable OkHttpClient sharedHttpClient;
  private Sleeper sleeper = Sleeper.SYSTEM;

  /**
   * A builder with the client's defaults.
   *
   * @param connectTimeout default connect timeout
   * @param readWriteTimeout default read and write timeouts
   * @param callTimeout default timeout of one attempt as a whole
   * @param retryInitialDelay default backoff before the first retry
   * @param retryMaxDelay default backoff ceiling
   */
  protected ClientBuilder(Duration connectTimeout, Duration readWriteTimeout, Duration callTimeout,
      Duration retryInitialDelay, Duration retryMaxDelay) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readWriteTimeout;
    this.writeTimeout = readWriteTimeout;
    this.callTimeout = callTimeout;
    this.retryInitialDelay = retryInitialDelay;
    this.retryMaxDelay = retryMaxDelay;
  }

  /** This builder, typed. */
  protected abstract B self();

  /** Time to establish a connection. */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
    return self();
  }

  /** Longest silence while reading an answer. */
  public B readTimeout(Duration timeout) {
    this.readTimeout = Objects.requireNonNull(timeout, "timeout");
    return self();
  }

  /** Longest silence while sending. */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = Objects.requireNonNull(timeout, "timeout");
    return self();
  }

  /** Limit of one HTTP attempt as a whole. */
  public B callTimeout(Duration timeout) {
    this.callTimeout = Objects.requireNonNull(timeout, "timeout");
    return self();
  }

  /** Repeats after a transport failure or a 5xx/408/429 answer, where safe; 0 turns retries off. Default 2. */
  public B maxRetries(int maxRetries) {
    this.maxRetries = maxRetries;
    return self();
  }

  /**
   * Backoff before the first repeat and its ceiling; each wait is drawn between half and all of its step. A server's
   * {@code Retry-After} (seconds or HTTP-date) is waited instead when it is not longer than the ceiling.
   */
  public B retryBackoff(Duration initialDelay, Duration maxDelay) {
    this.retryInitialDelay = Objects.requireNonNull(initialDelay, "initialDelay");
    this.retryMaxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
    return self();
  }

  /**
   * What waits between retries; default {@link Sleeper#SYSTEM}. Tests set one that records the pauses instead of
   * waiting for them.
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /** Logs one INFO line per HTTP exchange (method, path with secrets masked, status, time). Off by default. */
  public B httpLogging(boolean enabled) {
    this.httpLogging = enabled;
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
   */
  public B allowInsecureHttp(boolean allowed) {
    this.allowInsecureHttp = allowed;
    return self();
  }

  /**
   * An OkHttpClient whose connection pool and threads to share (recommended when the application has one). The
   * client derives its own settings from it with {@code newBuilder()} and never shuts it down.
   */
  public B httpClient(OkHttpClient httpClient) {
    this.sharedHttpClient = Objects.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /**
   * The transport settings as configured so far.
   *
   * @throws IllegalStateException when {@code maxRetries} or a timeout is negative
   */
  protected TransportConfig transport() {
    return TransportConfig.builder()
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(writeTimeout)
        .callTimeout(callTimeout)
        .maxRetries(maxRetries)
        .retryInitialDelay(retryInitialDelay)
        .retryMaxDelay(retryMaxDelay)
        .httpLogging(httpLogging)
        .allowInsecureHttp(allowInsecureHttp)
        .sharedHttpClient(Optional.ofNullable(sharedHttpClient))
        .sleeper(sleeper)
        .build();
  }

  /**
   * A setting {@code build()} cannot do without, made with {@link #required(String, boolean)}.
   *
   * @param name how the message names it, with its configuration key, for example {@code "login
   *     (SCHETMASH_LOGIN)"}
   * @param present whether it has a value
   */
  protected record RequiredSetting(String name, boolean present) {}

  /**
   * A setting {@code build()} cannot do without, for {@link #requireSettings}.
   *
   * @param name how the message names it, with its configuration key, for example {@code "login
   *     (SCHETMASH_LOGIN)"}
   * @param present whether it has a value
   */
  protected static RequiredSetting required(String name, boolean present) {
    return new RequiredSetting(name, present);
  }

  /**
   * Checks that every required setting has a value.
   *
   * @param client the client's name as the message says it, for example {@code "SchetmashClient"}
   * @throws IllegalStateException naming every missing setting, in the given order
   */
  protected static void requireSettings(String client, RequiredSetting... settings) {
    List<String> missing = Arrays.stream(settings).filter(setting -> !setting.present())
        .map(RequiredSetting::name).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(client + " is missing " + String.join(", ", missing)
          + ": set them on the builder or as environment variables");
    }
  }

  /**
   * Parses the URL the client will talk to and refuses plain {@code http://} to a host other than the loopback one
   * unless {@link #allowInsecureHttp(boolean)} is on.
   *
   * @param url the URL as configured
   * @param name how the message names the URL setting, for example {@code "baseUrl"}
   * @param secrets what would travel unencrypted, for example {@code "the 1C user's password"}
   * @param allowKey the configuration key that allows plain {@code http://}, for example {@code
   *     ONEC_ALLOW_INSECURE_HTTP}
   * @throws IllegalStateException when {@code url} is not an http(s) URL
   * @throws IllegalArgumentException when {@code url} is plain {@code http://} to another host and that was not
   *     allowed; the message says why and how to allow it
   */
  protected HttpUrl checkedUrl(String url, String name, String secrets, String allowKey) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalStateException(name + " is not an http(s) URL: " + url);
    }
    InsecureHttp.check(parsed, allowInsecureHttp, secrets, allowKey);
    return parsed;
  }
}
