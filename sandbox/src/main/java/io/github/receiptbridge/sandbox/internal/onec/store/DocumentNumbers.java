package io.github.receiptbridge.sandbox.internal.onec.store;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Automatic document numbers as 1C assigns them: the organization's prefix, the infobase prefix {@code 00}, a dash
 * and a six-digit counter that restarts every year ({@code РМ00-000042}, {@code 0000-000112}). Thread-safe.
 */
final class DocumentNumbers {
  private static final Pattern NUMBER = Pattern.compile("(.*-)(\\d+)");

  private final Map<String, Integer> last = new HashMap<>();

  /** The next number for an organization prefix ({@code ""} becomes {@code 00}) and a year. */
  public synchronized String next(String organizationPrefix, int year) {
    String prefix = prefixOf(organizationPrefix);
    int number = last.merge(prefix + "|" + year, 1, Integer::sum);
    String digits = Integer.toString(number);
    return prefix + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
  }

  /** Records a number given explicitly, so that automatic numbers continue after it. */
  public synchronized void observe(String number, int year) {
    Matcher matcher = NUMBER.matcher(number.trim());
    if (matcher.matches() && matcher.group(2).length() < 10) {
      last.merge(matcher.group(1) + "|" + year, Integer.parseInt(matcher.group(2)), Math::max);
    }
  }

  private static String prefixOf(String organizationPrefix) {
    String trimmed = organizationPrefix.trim();
    return (trimmed.isEmpty() ? "00" : trimmed) + "00-";
  }
}
