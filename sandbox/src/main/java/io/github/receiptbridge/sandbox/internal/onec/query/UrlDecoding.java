package io.github.receiptbridge.sandbox.internal.onec.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Percent-decoding as 1C does it: {@code %XX} sequences are UTF-8 bytes; {@code +} stays a plus sign (1C does not
 * read it as a space, so a client that encodes spaces as {@code +} breaks its own filters, as on a real server).
 */
public final class UrlDecoding {
  private UrlDecoding() {
  }

  /** Decodes {@code %XX} sequences as UTF-8; malformed ones are kept literally. */
  public static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0
          && Character.digit(raw.charAt(i + 2), 16) >= 0) {
        pending.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
        i += 3;
      } else {
        flush(pending, out);
        out.append(c);
        i++;
      }
    }
    flush(pending, out);
    return out.toString();
  }

  private static void flush(ByteArrayOutputStream pending, StringBuilder out) {
    if (pending.size() > 0) {
      out.append(pending.toString(StandardCharsets.UTF_8));
      pending.reset();
    }
  }

  /** The decoded segments of a raw path (without query), leading slash ignored. */
  public static List<String> pathSegments(String rawPath) {
    List<String> segments = new ArrayList<>();
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    if (path.isEmpty()) {
      return segments;
    }
    for (String segment : path.split("/", -1)) {
      segments.add(decode(segment));
    }
    return segments;
  }

  /** The raw query string split into decoded {@code name=value} pairs, in order. */
  public static List<String[]> queryParameters(String rawQuery) {
    List<String[]> parameters = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.add(new String[] {decode(name), decode(value)});
    }
    return parameters;
  }
}
