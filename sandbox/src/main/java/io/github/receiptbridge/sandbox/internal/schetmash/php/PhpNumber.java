package io.github.receiptbridge.sandbox.internal.schetmash.php;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * A PHP int-or-float produced by arithmetic on decoded JSON values ({@code $a * $b}, {@code $sum += $x}).
 * Operands that PHP would complain about (arrays, non-numeric or partly numeric strings) raise
 * {@link PhpCrashException}.
 */
public final class PhpNumber {
  /** PHP's {@code 0}. */
  public static final PhpNumber ZERO = new PhpNumber(0L, 0.0d, false);

  private final long integer;
  private final double floating;
  private final boolean isFloat;

  private PhpNumber(long integer, double floating, boolean isFloat) {
    this.integer = integer;
    this.floating = floating;
    this.isFloat = isFloat;
  }

  /** The value an arithmetic operator sees for {@code operand}. */
  public static PhpNumber operand(@Nullable JsonNode operand) {
    if (operand == null || operand.isNull()) {
      return ZERO;
    }
    if (operand.isContainerNode()) {
      throw new PhpCrashException("Unsupported operand types");
    }
    if (operand.isBoolean()) {
      return new PhpNumber(operand.booleanValue() ? 1L : 0L, 0.0d, false);
    }
    if (operand.isIntegralNumber()) {
      return new PhpNumber(operand.longValue(), 0.0d, false);
    }
    if (operand.isNumber()) {
      return new PhpNumber(0L, operand.doubleValue(), true);
    }
    String text = operand.textValue();
    if (!PhpNumericString.isNumeric(text)) {
      throw new PhpCrashException(PhpNumericString.leadingNumber(text).isEmpty()
          ? "A non-numeric value encountered" : "A non well formed numeric value encountered");
    }
    String trimmed = text.strip();
    if (PhpNumericString.isIntegerLike(text)) {
      try {
        return new PhpNumber(Long.parseLong(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed),
            0.0d, false);
      } catch (NumberFormatException overflow) {
        return new PhpNumber(0L, Double.parseDouble(trimmed), true);
      }
    }
    return new PhpNumber(0L, Double.parseDouble(trimmed), true);
  }

  /** {@code $this + $other}, overflowing to float as PHP does. */
  public PhpNumber plus(PhpNumber other) {
    if (!isFloat && !other.isFloat) {
      long sum = integer + other.integer;
      if (((integer ^ sum) & (other.integer ^ sum)) >= 0) {
        return new PhpNumber(sum, 0.0d, false);
      }
    }
    return new PhpNumber(0L, asDouble() + other.asDouble(), true);
  }

  /** {@code $this * $other}, overflowing to float as PHP does. */
  public PhpNumber times(PhpNumber other) {
    if (!isFloat && !other.isFloat) {
      try {
        return new PhpNumber(Math.multiplyExact(integer, other.integer), 0.0d, false);
      } catch (ArithmeticException overflow) {
        // falls through to float
      }
    }
    return new PhpNumber(0L, asDouble() * other.asDouble(), true);
  }

  private double asDouble() {
    return isFloat ? floating : (double) integer;
  }

  /** {@code (string)$this}, which is also what PDO binds for it. */
  public String toPhpString() {
    return isFloat ? PhpValues.floatToString(floating) : Long.toString(integer);
  }
}
