package io.github.receiptbridge.sandbox.internal.schetmash;

import io.github.receiptbridge.sandbox.internal.server.CommandLineArgs;
import io.github.receiptbridge.sandbox.internal.server.SimulatorMain;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Счетмаш simulator's command line: {@code --port N}, {@code --login L}, {@code --password P},
 * {@code --shop-id N}, {@code --processing-delay D}; each also as {@code --name=value}. Durations are ISO-8601
 * ({@code PT5S}) or a number with {@code ms}, {@code s}, {@code m} or {@code h} ({@code 500ms}, {@code 5s}); a bare
 * number is milliseconds.
 *
 * @param port            port, 0 for any free one
 * @param login           API login
 * @param password        API password
 * @param shopId          the shop (with an active cash register)
 * @param processingDelay time until receipts reach their final state
 * @param help            {@code --help} was given
 */
public record SchetmashCommandLine(int port, String login, String password, long shopId, Duration processingDelay,
    boolean help) implements SimulatorMain.Options {
  /** Usage text printed for {@code --help} and on errors. */
  public static final String USAGE = "Usage: SchetmashSandbox [--port N] [--login L] [--password P]"
      + " [--shop-id N] [--processing-delay PT5S|5s|500ms]";

  /** Default API login. */
  public static final String DEFAULT_LOGIN = "test_api";
  /** Default API password. */
  public static final String DEFAULT_PASSWORD = "123456";
  /** Default shop, with an active cash register. */
  public static final long DEFAULT_SHOP_ID = 42L;

  private static final Set<String> OPTIONS = Set.of("--login", "--password", "--shop-id", "--processing-delay");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  /**
   * Parses the arguments.
   *
   * @param args the command line
   * @return the options, with the defaults for those not given
   * @throws IllegalArgumentException for an unknown option or a bad value
   */
  public static SchetmashCommandLine parse(String... args) {
    CommandLineArgs parsed = CommandLineArgs.parse(args, OPTIONS, Set.of());
    String delay = parsed.value("--processing-delay");
    return new SchetmashCommandLine(parsed.port(), parsed.text("--login", DEFAULT_LOGIN),
        parsed.text("--password", DEFAULT_PASSWORD), parsed.longValue("--shop-id", DEFAULT_SHOP_ID),
        delay == null ? Duration.ZERO : parseDuration(delay), parsed.help());
  }

  /**
   * Parses {@code PT5S}, {@code 5s}, {@code 500ms}, {@code 2m}, {@code 1h} or a bare number of ms.
   *
   * @param text the duration as given
   * @return the duration
   * @throws IllegalArgumentException when it is not a duration or negative
   */
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
}
