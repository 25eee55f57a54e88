package io.github.receiptbridge.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A period of payment dates, both ends inclusive, in the 1C server's calendar.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractDateRange {
  /**
   * First day.
   *
   * @return the first day of the period
   */
  @Value.Parameter
  public abstract LocalDate from();

  /**
   * Last day, inclusive.
   *
   * @return the last day of the period, not before {@link #from()}
   */
  @Value.Parameter
  public abstract LocalDate to();

  /**
   * The whole month of {@code day}.
   *
   * @param day any day of the month
   * @return the period from the month's first day through its last
   */
  public static DateRange monthOf(LocalDate day) {
    return DateRange.of(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
  }

  /**
   * The default period of an unattended run on {@code today}: from the first day of the previous month through today.
   * A statement of the month's last day is often loaded into 1C on the 1st, dated the last day, and its receipts are
   * due in the new month; a period of the current month only would never see it.
   *
   * @param today today in the 1C server's calendar
   * @return the period from the first day of the previous month through {@code today}
   */
  public static DateRange fromPreviousMonthThrough(LocalDate today) {
    return DateRange.of(today.minusMonths(1).withDayOfMonth(1), today);
  }

  /**
   * The default period of an audit on {@code today}: the last 13 months, from the first day of the month 12 months
   * before today's month through today. A receipt stays in the audit for a year after its month, while a refund or
   * correction receipt for it can still be made, and the whole of last year's same month is seen.
   *
   * @param today today in the 1C server's calendar
   * @return the period from the first day of the month 12 months back through {@code today}
   */
  public static DateRange lastThirteenMonthsThrough(LocalDate today) {
    return DateRange.of(today.minusMonths(12).withDayOfMonth(1), today);
  }

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw new IllegalArgumentException("The period ends (" + to() + ") before it starts (" + from() + ")");
    }
  }

  @Override
  public String toString() {
    return from() + ".." + to();
  }
}
