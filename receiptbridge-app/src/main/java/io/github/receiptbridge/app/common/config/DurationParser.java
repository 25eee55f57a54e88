package io.github.receiptbridge.app.common.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads durations the way people write them: {@code 500ms}, {@code 90s}, {@code 5m}, {@code 1h}, {@code 2d}, and
 * combinations such as {@code 1h30m}; ISO-8601 ({@code PT90S}) is accepted too. Units are case-insensitive; a bare
 * number, a space or a negative value is refused, so {@code 5 minutes} is an error rather than a guess.
 */
final class DurationParser {
  /** How a duration is written, for error messages and help texts. */
  public static final String FORMAT_HINT =
      "write it like 500ms, 90s, 5m, 1h or 1h30m (ISO-8601 such as PT90S works too)";

  private static final Pattern PART = Pattern.compile("\\G(\\d{1,18})(ms|s|m|h|d)");

  private DurationParser() {}

  /**
   * The duration {@code text} stands for.
   *
   * @param text for example {@code 90s}
   * @return a duration of zero or more
   * @throws IllegalArgumentException saying how to write a duration, when {@code text} is not one
   */
  public static Duration parse(@Nullable String text) {
    String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (trimmed.startsWith("p")) {
      return parseIso(text, trimmed);
    }
    Matcher matcher = PART.matcher(trimmed);
    Duration total = Duration.ZERO;
    int end = 0;
    try {
      while (matcher.find()) {
        total = total.plus(amount(Long.parseLong(matcher.group(1)), matcher.group(2)));
        end = matcher.end();
      }
    } catch (ArithmeticException tooLong) {
      throw invalid(text);
    }
    if (end == 0 || end != trimmed.length()) {
      throw invalid(text);
    }
    return total;
  }

  private static Duration parseIso(String original, String lowerCase) {
    try {
      Duration duration = Duration.parse(lowerCase.toUpperCase(Locale.ROOT));
      if (duration.isNegative()) {
        throw invalid(original);
      }
      return duration;
    } catch (DateTimeParseException e) {
      throw invalid(original);
    }
  }

  private static Duration amount(long value, String unit) {
    return switch (unit) {
      case "ms" -> Duration.ofMillis(value);
      case "s" -> Duration.ofSeconds(value);
      case "m" -> Duration.ofMinutes(value);
      case "h" -> Duration.ofHours(value);
      default -> Duration.ofDays(value);
    };
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("'" + text + "' is not a duration: " + FORMAT_HINT);
  }
}
