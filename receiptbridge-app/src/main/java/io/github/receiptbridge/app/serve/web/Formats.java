package io.github.receiptbridge.app.serve.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and amounts as the accountant knows them from 1C. Plain text: the templates escape it. */
final class Formats {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

  private Formats() {}

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

  /** An amount as 1C shows it: {@code 1 520,40}, with a no-break space between the thousands. */
  static String amount(BigDecimal amount) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('\u00a0');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0.00", symbols).format(amount);
  }
}
