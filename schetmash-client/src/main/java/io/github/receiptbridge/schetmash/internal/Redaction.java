package io.github.receiptbridge.schetmash.internal;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Keeps the token out of anything printed: URLs, bodies, messages. */
public final class Redaction {
  private static final Pattern TOKEN_PARAM = Pattern.compile("(?i)(token=)[^&\\s\"]*");
  private static final Pattern TOKEN_FIELD = Pattern.compile("(?i)(\"(?:token|password)\"\\s*:\\s*)\"[^\"]*\"");

  private Redaction() {}

  /** The path and query of {@code url}, with the {@code token} parameter shown as {@code ****}. */
  public static String pathAndQuery(HttpUrl url) {
    String query = url.encodedQuery();
    String path = url.encodedPath();
    return query == null ? path : path + "?" + text(query);
  }

  /** {@code text} with every {@code token=...} query value and JSON token or password value masked. */
  public static String text(String text) {
    String masked = TOKEN_PARAM.matcher(text).replaceAll("$1****");
    return TOKEN_FIELD.matcher(masked).replaceAll("$1\"****\"");
  }
}
