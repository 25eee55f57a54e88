package io.github.receiptbridge.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday except the holidays given, plus the weekend days given as working
 * (Russia moves days off, so some Saturdays are working days). Immutable.
 */
public final class WorkingCalendar {
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingWeekends;

  private WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
    this.holidays = Set.copyOf(holidays);
    this.workingWeekends = Set.copyOf(workingWeekends);
  }

  /** Monday to Friday, no holidays. */
  public static WorkingCalendar weekdays() {
    return new WorkingCalendar(Set.of(), Set.of());
  }

  /** Monday to Friday except {@code holidays}, plus {@code workingWeekends}. */
  public static WorkingCalendar of(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
    return new WorkingCalendar(Objects.requireNonNull(holidays), Objects.requireNonNull(workingWeekends));
  }

  /** Whether {@code day} is a working day. */
  public boolean isWorkingDay(LocalDate day) {
    if (workingWeekends.contains(day)) {
      return true;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /**
   * The receipt deadline of a non-cash payment made on {@code paymentDay}: the next working day after it (54-ФЗ
   * art. 1.2 p. 5.4).
   */
  public LocalDate dueBy(LocalDate paymentDay) {
    LocalDate day = paymentDay.plusDays(1);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
