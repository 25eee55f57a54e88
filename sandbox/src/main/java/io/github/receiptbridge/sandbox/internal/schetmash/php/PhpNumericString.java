package io.github.receiptbridge.sandbox.internal.schetmash.php;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PHP 7.2 numeric strings: leading whitespace, an optional sign, digits with an optional fraction and an
 * optional exponent, and nothing after it (trailing whitespace only became legal in PHP 8).
 */
final class PhpNumericString {
  private static final String WHITESPACE = "[ \\t\\n\\r\\u000B\\f]*";
  private static final String NUMBER = "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?";
  private static final Pattern FULL = Pattern.compile(WHITESPACE + NUMBER);
  private static final Pattern LEADING = Pattern.compile(WHITESPACE + "(" + NUMBER + ")");
  private static final Pattern INTEGER = Pattern.compile(WHITESPACE + "[+-]?[0-9]+");

  private PhpNumericString() {
  }

  /** True when PHP arithmetic accepts the string without a notice or a warning. */
  public static boolean isNumeric(String text) {
    return FULL.matcher(text).matches();
  }

  /** True for a numeric string that PHP arithmetic treats as an integer (no fraction, no exponent). */
  public static boolean isIntegerLike(String text) {
    return INTEGER.matcher(text).matches();
  }

  /** The numeric prefix {@code (float)} reads, without its leading whitespace; "" when there is none. */
  public static String leadingNumber(String text) {
    Matcher matcher = LEADING.matcher(text);
    return matcher.lookingAt() ? matcher.group(1) : "";
  }
}
