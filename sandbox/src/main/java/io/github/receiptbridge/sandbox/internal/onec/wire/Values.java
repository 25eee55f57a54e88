package io.github.receiptbridge.sandbox.internal.onec.wire;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** 1C's text forms of numbers and dates. */
public final class Values {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss",
      Locale.ROOT);

  private Values() {
  }

  /** A Double as 1C writes it: plain notation, no trailing zeros, {@code 15000} not {@code 15000.0}. */
  public static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** A date as 1C writes it: {@code yyyy-MM-ddTHH:mm:ss}, no zone, no fraction. */
  public static String dateTime(LocalDateTime value) {
    return DATE_TIME.format(value);
  }
}
