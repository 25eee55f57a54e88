package io.github.receiptbridge.app.serve.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** The console's links: a path with its query parameters URL-encoded. Plain text: the templates escape it. */
final class Links {
  private Links() {}

  /** {@code path} with the query string of {@code parameters} ({@code ?a=1&b=2}), each value URL-encoded. */
  static String to(String path, Map<String, String> parameters) {
    return path + query(parameters);
  }

  /** The query string ({@code ?a=1&b=2}) of {@code parameters}, each value URL-encoded; empty for none. */
  static String query(Map<String, String> parameters) {
    StringJoiner joiner = new StringJoiner("&", "?", "");
    joiner.setEmptyValue("");
    parameters.forEach((name, value) -> joiner.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return joiner.toString();
  }
}
