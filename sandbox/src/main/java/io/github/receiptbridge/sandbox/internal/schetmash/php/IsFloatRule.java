package io.github.receiptbridge.sandbox.internal.schetmash.php;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * The server's {@code IsFloat} validator (used for {@code total}, {@code price} and payment {@code sum}).
 * Despite its name it accepts any JSON float, and any other scalar whose string form, after all leading
 * {@code -} are removed, consists of ASCII digits and dots only; so {@code ""}, {@code "."} and
 * {@code "1.2.3"} pass while {@code "1 0002"}, {@code "1,0002"}, {@code "+5"} and {@code "1e3"} fail.
 */
public final class IsFloatRule {
  private IsFloatRule() {
  }

  /** Applies the rule to a decoded JSON value ({@code null} meaning PHP null). */
  public static boolean isValid(@Nullable JsonNode value) {
    if (!PhpValues.isScalar(value)) {
      return false;
    }
    if (value.isFloatingPointNumber()) {
      return true;
    }
    String text = PhpValues.toPhpString(value);
    int start = 0;
    while (start < text.length() && text.charAt(start) == '-') {
      start++;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return false;
      }
    }
    return true;
  }
}
