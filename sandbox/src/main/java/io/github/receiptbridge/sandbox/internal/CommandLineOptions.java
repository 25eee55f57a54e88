package io.github.receiptbridge.sandbox.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's command line: {@code --port N}, {@code --login L}, {@code --password P}, {@code --shop-id N},
 * {@code --processing-delay D}; each also as {@code --name=value}. Durations are ISO-8601 ({@code PT5S}) or a
 * number with {@code ms}, {@code s}, {@code m} or {@code h} ({@code 500ms}, {@code 5s}); a bare number is
 * milliseconds.
 *
 * @param port            port, 0 for any free one
 * @param login           API login
 * @param password        API password
 * @param shopId          the shop (with an active cash register)
 * @param processingDelay time until receipts reach their final state
 * @param help            {@code --help} was given
 */
public record CommandLineOptions(int port, String login, String password, long shopId, Duration processingDelay,
    boolean help) {
  /** Usage text printed for {@code --help} and on errors. */
  public static final String USAGE = "Usage: SchetmashSandbox [--port N] [--login L] [--password P]"
      + " [--shop-id N] [--processing-delay PT5S|5s|500ms]";

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  /** Parses the arguments; unknown options and bad values throw {@link IllegalArgumentException}. */
  public static CommandLineOptions parse(String... args) {
    int port = 0;
    String login = "test_api";
    String password = "123456";
    long shopId = 42L;
    Duration delay = Duration.ZERO;
    boolean help = false;
    for (CommandLineArgs.Option option : CommandLineArgs.parse(args, Set.of())) {
      String name = option.name();
      String value = option.value();
      switch (name) {
        case "--help":
          help = true;
          break;
        case "--port":
          port = CommandLineArgs.port(value);
          break;
        case "--login":
          login = CommandLineArgs.text(name, value);
          break;
        case "--password":
          password = CommandLineArgs.text(name, value);
          break;
        case "--shop-id":
          shopId = parseLong(name, value);
          break;
        case "--processing-delay":
          delay = parseDuration(value);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new CommandLineOptions(port, login, password, shopId, delay, help);
  }

  /** Parses {@code PT5S}, {@code 5s}, {@code 500ms}, {@code 2m}, {@code 1h} or a bare number of ms. */
  public static Duration parseDuration(String text) {
    String trimmed = text.trim();
    if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
      try {
        return nonNegative(Duration.parse(trimmed), text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration: " + text, e);
      }
    }
    Matcher matcher = SHORT_DURATION.matcher(trimmed.toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a duration: " + text);
    }
    long amount = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
    switch (unit) {
      case "s": return Duration.ofSeconds(amount);
      case "m": return Duration.ofMinutes(amount);
      case "h": return Duration.ofHours(amount);
      default: return Duration.ofMillis(amount);
    }
  }

  private static Duration nonNegative(Duration duration, String text) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("negative duration: " + text);
    }
    return duration;
  }


  private static long parseLong(String name, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number for " + name + ": " + value, e);
    }
  }

}
