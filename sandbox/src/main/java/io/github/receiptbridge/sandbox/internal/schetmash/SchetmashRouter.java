package io.github.receiptbridge.sandbox.internal.schetmash;

import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpQueryString;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * FastRoute as configured by the server, reduced to the v1 routes. The path is {@code rawurldecode}d first;
 * placeholders are ASCII {@code \d+} / {@code \w+}; and, like PCRE's {@code $} without the D modifier, a
 * variable route also matches when the path ends with one extra newline. HEAD falls back to GET routes.
 * A path that matches only with other methods gives 405 (or, for OPTIONS, the implicit 200), with the
 * allowed methods in FastRoute's order (POST before GET, as the site registers its first variable route
 * with POST).
 */
final class SchetmashRouter {
  private static final String TOKEN_PATH = "/lk/api/v1/token";
  private static final Pattern REGISTER = Pattern.compile("^/lk/api/v1/(\\d+)/(\\w+)$", Pattern.UNIX_LINES);
  private static final Pattern REPORT_BY_EXTERNAL_ID =
      Pattern.compile("^/lk/api/v1/(\\d+)/report$", Pattern.UNIX_LINES);
  private static final Pattern REPORT_BY_ID =
      Pattern.compile("^/lk/api/v1/(\\d+)/report/(\\d+)$", Pattern.UNIX_LINES);

  /** What routing decided. Exactly one of {@code route} or the failure fields is meaningful. */
  public record Resolution(@Nullable Route route, int failureStatus, @Nullable String allow) {
    /** True when a route will handle the request. */
    public boolean found() {
      return route != null;
    }
  }

  /** Routes one request. */
  public Resolution resolve(String method, String rawPath) {
    String path = PhpQueryString.rawUrlDecode(rawPath);
    Route post = matchPost(path);
    Route get = matchGet(path);
    if ("POST".equals(method) && post != null) {
      return new Resolution(post, 0, null);
    }
    if (("GET".equals(method) || "HEAD".equals(method)) && get != null) {
      return new Resolution(new Route(get.kind(), get.shopId(), get.operation(), get.processingId(),
          "HEAD".equals(method)), 0, null);
    }
    List<String> allowed = new ArrayList<>(2);
    if (post != null) {
      allowed.add("POST");
    }
    if (get != null) {
      allowed.add("GET");
    }
    if (allowed.isEmpty()) {
      return new Resolution(null, 404, null);
    }
    String allow = String.join(",", allowed);
    return new Resolution(null, "OPTIONS".equals(method) ? 200 : 405, allow);
  }

  private static @Nullable Route matchPost(String path) {
    if (TOKEN_PATH.equals(path)) {
      return new Route(Route.Kind.TOKEN, null, null, null, false);
    }
    Matcher register = REGISTER.matcher(path);
    if (register.find()) {
      return new Route(Route.Kind.REGISTER, register.group(1), register.group(2), null, false);
    }
    return null;
  }

  private static @Nullable Route matchGet(String path) {
    Matcher byExternalId = REPORT_BY_EXTERNAL_ID.matcher(path);
    if (byExternalId.find()) {
      return new Route(Route.Kind.REPORT_BY_EXTERNAL_ID, byExternalId.group(1), null, null, false);
    }
    Matcher byId = REPORT_BY_ID.matcher(path);
    if (byId.find()) {
      return new Route(Route.Kind.REPORT_BY_ID, byId.group(1), null, byId.group(2), false);
    }
    return null;
  }
}
