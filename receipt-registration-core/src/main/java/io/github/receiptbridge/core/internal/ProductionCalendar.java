package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.internal.ProductionCalendarData.Decree;
import io.github.receiptbridge.core.internal.ProductionCalendarData.Transfer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Russian production calendar for a five-day week, from {@link ProductionCalendarData}. A day is a working day
 * unless it is a Saturday or Sunday, a holiday of ТК РФ ст. 112, the day off a holiday falling on a weekend moves to,
 * or a day the year's decree moves a day off to; a weekend day the decree moves a day off from is a working day.
 *
 * <p>Art. 112 ч. 2: when a holiday falls on a Saturday or Sunday, the day off moves to the next working day after the
 * holiday, except for the January holidays (1–8 January), two of whose weekend days the government moves by decree;
 * and a decree may move such a day elsewhere (in 2025, 23 February went to 8 May), which then replaces the rule for
 * that holiday. For a year without a built-in decree only the weekends, the holidays and this rule apply, so its
 * January weekend days are not moved and its other transfers are missing ({@link #hasDecree}).
 *
 * <p>Each year is computed once and kept; thread-safe.
 */
public final class ProductionCalendar {
  private static final Map<Integer, Year> YEARS = new ConcurrentHashMap<>();

  private ProductionCalendar() {}

  /** Whether {@code day} is a working day. */
  public static boolean isWorkingDay(LocalDate day) {
    return YEARS.computeIfAbsent(day.getYear(), ProductionCalendar::compute).isWorkingDay(day);
  }

  /** Whether the decree «О переносе выходных дней» of {@code year} is built in. */
  public static boolean hasDecree(int year) {
    return ProductionCalendarData.DECREES.containsKey(year);
  }

  /** The years whose decree is built in, ascending. */
  public static SortedSet<Integer> decreeYears() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(ProductionCalendarData.DECREES.keySet()));
  }

  private static Year compute(int year) {
    Set<LocalDate> daysOff = new HashSet<>();
    Set<LocalDate> workingWeekendDays = new HashSet<>();
    Set<LocalDate> movedByDecree = new HashSet<>();
    for (MonthDay holiday : ProductionCalendarData.HOLIDAYS) {
      daysOff.add(holiday.atYear(year));
    }
    Decree decree = ProductionCalendarData.DECREES.get(year);
    if (decree != null) {
      for (Transfer transfer : decree.transfers()) {
        daysOff.add(transfer.to());
        if (ProductionCalendarData.isHoliday(transfer.from())) {
          movedByDecree.add(transfer.from());
        } else {
          workingWeekendDays.add(transfer.from());
        }
      }
    }
    for (MonthDay monthDay : ProductionCalendarData.HOLIDAYS) {
      LocalDate holiday = monthDay.atYear(year);
      if (ProductionCalendarData.isWeekend(holiday) && !ProductionCalendarData.isNewYearHoliday(holiday)
          && !movedByDecree.contains(holiday)) {
        LocalDate day = holiday.plusDays(1);
        while (!isWorkingDay(day, daysOff, workingWeekendDays)) {
          day = day.plusDays(1);
        }
        daysOff.add(day);
      }
    }
    return new Year(daysOff, workingWeekendDays);
  }

  private static boolean isWorkingDay(LocalDate day, Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {
    return workingWeekendDays.contains(day) || !ProductionCalendarData.isWeekend(day) && !daysOff.contains(day);
  }

  /** One year: its days off besides Saturdays and Sundays, and its Saturdays and Sundays that are working days. */
  private record Year(Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {
    Year {
      daysOff = Set.copyOf(daysOff);
      workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    boolean isWorkingDay(LocalDate day) {
      return ProductionCalendar.isWorkingDay(day, daysOff, workingWeekendDays);
    }
  }
}
