package io.github.receiptbridge.common.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/** The checks every client's {@code build()} makes before it builds anything. */
public final class BuilderChecks {
  private final String client;
  private final Map<String, Boolean> settings = new LinkedHashMap<>();

  private BuilderChecks(String client) {
    this.client = client;
  }

  /**
   * Checks of one client's settings.
   *
   * @param client the client's name as the message says it, for example {@code "SchetmashClient"}
   * @return checks with no setting yet
   */
  public static BuilderChecks of(String client) {
    return new BuilderChecks(client);
  }

  /**
   * A setting {@code build()} cannot do without.
   *
   * @param name how the message names it, with its configuration key, for example {@code "login
   *     (SCHETMASH_LOGIN)"}
   * @param present whether it has a value
   * @return these checks
   */
  public BuilderChecks required(String name, boolean present) {
    settings.put(name, present);
    return this;
  }

  /**
   * Checks that every required setting has a value.
   *
   * @throws IllegalStateException naming every missing setting, in the order they were added
   */
  public void check() {
    List<String> missing = settings.entrySet().stream().filter(setting -> !setting.getValue())
        .map(Map.Entry::getKey).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(client + " is missing " + String.join(", ", missing)
          + ": set them on the builder or as environment variables");
    }
  }

  /**
   * Parses the URL a client will talk to and refuses plain {@code http://} to a host other than the loopback one
   * unless that is allowed.
   *
   * @param url the URL as configured
   * @param name how the message names the URL setting, for example {@code "baseUrl"}
   * @param allowInsecureHttp whether plain {@code http://} to another host was allowed
   * @param secrets what would travel unencrypted, for example {@code "the 1C user's password"}
   * @param allowKey the configuration key that allows plain {@code http://}, for example {@code
   *     ONEC_ALLOW_INSECURE_HTTP}
   * @return the parsed URL
   * @throws IllegalStateException when {@code url} is not an http(s) URL
   * @throws IllegalArgumentException when {@code url} is plain {@code http://} to another host and that was not
   *     allowed; the message says why and how to allow it
   */
  public static HttpUrl checkedUrl(String url, String name, boolean allowInsecureHttp, String secrets,
      String allowKey) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalStateException(name + " is not an http(s) URL: " + url);
    }
    InsecureHttp.check(parsed, allowInsecureHttp, secrets, allowKey);
    return parsed;
  }
}
