package io.github.receiptbridge.sandbox.internal.schetmash.store;

import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpCrashException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writing a value into MySQL {@code DECIMAL(12,2)} in strict mode: the bound string must be a number,
 * extra decimals are rounded half away from zero, and anything of 10^10 or more is out of range. A refusal
 * is a database error, i.e. an HTML 500 page.
 */
public final class DecimalColumn {
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(10);

  private DecimalColumn() {
  }

  /** Converts the string PDO binds into the stored value. */
  public static BigDecimal store(String bound) {
    BigDecimal value;
    try {
      value = new BigDecimal(bound.strip());
    } catch (NumberFormatException e) {
      throw new PhpCrashException("Data truncated for column 'sum'");
    }
    BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
    if (rounded.abs().compareTo(LIMIT) >= 0) {
      throw new PhpCrashException("Out of range value for column 'sum'");
    }
    return rounded;
  }
}
