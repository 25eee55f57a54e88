package io.github.receiptbridge.common.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Refuses plain {@code http://} to a host other than the loopback one unless the caller allowed it: the credentials
 * of both clients travel in every request (or in its body) and would cross the network unencrypted. The loopback
 * host is decided from the literal host of the URL, without any DNS lookup.
 */
public final class InsecureHttp {
  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127\\." + OCTET + "\\." + OCTET + "\\." + OCTET);

  private InsecureHttp() {}

  /**
   * Checks that {@code url} may be used.
   *
   * @param url the base URL the client would talk to
   * @param allowed whether plain {@code http://} to another host was allowed explicitly
   * @param secrets what would travel unencrypted, as the message says it, for example {@code "the 1C user's
   *     password"}
   * @param settingKey the configuration key that allows it, for example {@code ONEC_ALLOW_INSECURE_HTTP}
   * @throws IllegalArgumentException when {@code url} is plain {@code http://} to another host than the loopback one
   *     and it was not allowed; the message says why and how to allow it
   */
  public static void check(HttpUrl url, boolean allowed, String secrets, String settingKey) {
    Objects.requireNonNull(url, "url");
    if (allowed || url.isHttps() || isLoopback(url.host())) {
      return;
    }
    String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
    throw new IllegalArgumentException("Refusing plain http:// to " + host + ": " + secrets + " would cross the "
        + "network unencrypted. Use https://, or if this network is trusted, allow it explicitly with "
        + "allowInsecureHttp(true) (environment: " + settingKey + "=true).");
  }

  /**
   * Whether {@code host} names the loopback interface by itself: {@code localhost}, an IPv4 literal of {@code
   * 127.0.0.0/8}, or {@code ::1} (with or without brackets). No name is resolved.
   */
  static boolean isLoopback(String host) {
    String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return literal.equalsIgnoreCase("localhost") || literal.equals("::1")
        || LOOPBACK_IPV4.matcher(literal).matches();
  }
}
