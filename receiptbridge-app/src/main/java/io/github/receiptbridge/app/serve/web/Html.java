package io.github.receiptbridge.app.serve.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The one escaping helper of the console, and the formats the accountant knows from 1C. Every value a page shows goes
 * through {@link #esc}; markup literals are the only text written without it.
 */
final class Html {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

  private Html() {}

  /** {@code value}'s text with {@code & < > " '} escaped, safe in element content and in quoted attributes. */
  static String esc(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A query string ({@code ?a=1&b=2}) of {@code parameters}, each value URL-encoded; empty for none. */
  static String query(Map<String, String> parameters) {
    StringJoiner joiner = new StringJoiner("&", "?", "");
    joiner.setEmptyValue("");
    parameters.forEach((name, value) -> joiner.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return joiner.toString();
  }

  /** A day as 1C shows it: {@code 03.11.2026}. */
  static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** A date and time as 1C shows it: {@code 03.11.2026 10:15:00}. */
  static String dayAndTime(LocalDateTime time) {
    return DAY_AND_TIME.format(time);
  }

  /** An instant in {@code zone}, as 1C shows a date and time. */
  static String instant(Instant instant, ZoneId zone) {
    return DAY_AND_TIME.format(instant.atZone(zone));
  }

  /** An amount as 1C shows it: {@code 1 520,40}. */
  static String amount(BigDecimal amount) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('\u00a0');
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    return format.format(amount);
  }
}
