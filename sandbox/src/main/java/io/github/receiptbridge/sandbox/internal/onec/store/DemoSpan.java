package io.github.receiptbridge.sandbox.internal.onec.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The days the demo data covers: from the first day of {@code firstMonth} through {@code through}. Each month in it
 * gets the documents of a whole demo month, or, for a month cut short by {@code through}, the share of them that
 * falls on its working days so far.
 *
 * @param firstMonth the first month, always whole
 * @param through    the last day, in the last month
 */
public record DemoSpan(YearMonth firstMonth, LocalDate through) {
  /** Checks that {@code through} is not before {@code firstMonth}. */
  public DemoSpan {
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(through, "through");
    if (YearMonth.from(through).isBefore(firstMonth)) {
      throw new IllegalArgumentException("the demo data ends (" + through + ") before its first month (" + firstMonth
          + ")");
    }
  }

  /** Exactly {@code month}, whole: the same documents whatever the date. */
  public static DemoSpan month(YearMonth month) {
    return new DemoSpan(month, month.atEndOfMonth());
  }

  /**
   * The whole month before {@code today}'s and {@code today}'s month through {@code today}: what the app's default
   * period (the first day of the previous month through today) finds on any date, awkward documents included.
   */
  public static DemoSpan through(LocalDate today) {
    return new DemoSpan(YearMonth.from(today).minusMonths(1), today);
  }

  /** The first day. */
  public LocalDate from() {
    return firstMonth.atDay(1);
  }

  /** {@code 2026-11} for one whole month, else {@code 2026-11-01..2026-12-07}. */
  @Override
  public String toString() {
    return through.equals(firstMonth.atEndOfMonth()) ? firstMonth.toString() : from() + ".." + through;
  }
}
