package io.github.receiptbridge.core;

import io.github.receiptbridge.core.internal.ProductionCalendar;
import io.github.receiptbridge.core.internal.ProductionCalendarFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;

/**
 * Which days are working days: a base calendar (Monday to Friday, or the Russian production calendar) with single
 * days made days off or working days on top (Russia moves days off, so some Saturdays are working days). Immutable and
 * thread-safe; the {@code with…} methods return a new calendar.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.russian().withDays(Path.of("days.txt"));
 * int year = LocalDate.now().getYear();
 * if (!calendar.hasDecree(year)) {
 *   log.warn("No decree on moved days off is built in for {}: add its days to days.txt", year);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkingCalendar {
  /** The calendar below the single days set on top. */
  private enum Base {
    /** Monday to Friday. */
    WEEKDAYS,
    /** The Russian production calendar. */
    RUSSIAN
  }

  /** What a day set on top of the base calendar is. */
  private enum Day {
    /** A working day. */
    WORKING,
    /** A day off. */
    OFF
  }

  private static final WorkingCalendar WEEKDAYS = new WorkingCalendar(Base.WEEKDAYS, Map.of());
  private static final WorkingCalendar RUSSIAN = new WorkingCalendar(Base.RUSSIAN, Map.of());

  private final Base base;
  /** Days that are working or off whatever the base calendar says. */
  private final Map<LocalDate, Day> overrides;

  private WorkingCalendar(Base base, Map<LocalDate, Day> overrides) {
    this.base = base;
    this.overrides = Map.copyOf(overrides);
  }

  /**
   * Monday to Friday, no holidays.
   *
   * @return the shared calendar of every Monday to Friday
   */
  public static WorkingCalendar weekdays() {
    return WEEKDAYS;
  }

  /**
   * Monday to Friday except {@code holidays}, plus {@code workingWeekends} (a day in both is a working day).
   *
   * @param holidays weekdays that are days off
   * @param workingWeekends Saturdays or Sundays that are working days
   * @return the calendar
   */
  public static WorkingCalendar of(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
    return WEEKDAYS.withDaysOff(Objects.requireNonNull(holidays, "holidays"))
        .withWorkingDays(Objects.requireNonNull(workingWeekends, "workingWeekends"));
  }

  /**
   * The Russian production calendar of a five-day week: Saturdays and Sundays; the public holidays of the Labour Code
   * art. 112 (1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November); art. 112's transfer of a holiday
   * falling on a Saturday or Sunday to the next working day (not for the January holidays); and, for the years of
   * {@link #decreeYears()}, the transfers of the government's decree «О переносе выходных дней» of that year. A later
   * year's decree is not known here: for such a year this calendar misses the decree's transfers, so add them with
   * {@link #withDays(Path)}.
   *
   * @return the shared Russian calendar, without days set on top
   */
  public static WorkingCalendar russian() {
    return RUSSIAN;
  }

  /**
   * This calendar with the days of a file made days off or working days, the file overriding this calendar for the
   * days it names. The file is UTF-8 text, one day a line: {@code YYYY-MM-DD off} or {@code YYYY-MM-DD working} (the
   * word in any case); {@code #} starts a comment and blank lines are ignored.
   *
   * <pre>
   * # Постановление о переносе выходных дней в 2027 году
   * 2027-11-05 off
   * 2027-11-13 working   # рабочая суббота
   * </pre>
   *
   * @param file the file's path
   * @return a new calendar, or this one when the file changes nothing
   * @throws UncheckedIOException naming the file when it is missing, unreadable or not UTF-8 text
   * @throws IllegalArgumentException on a bad line or a day given as both, naming the file, the line number and the
   *     line, and saying what to write instead
   */
  public WorkingCalendar withDays(Path file) {
    ProductionCalendarFile.Entries entries = ProductionCalendarFile.read(file);
    return withDaysOff(entries.daysOff()).withWorkingDays(entries.workingDays());
  }

  /**
   * This calendar with {@code days} made days off (a local holiday, say), overriding what it says of them.
   *
   * @param days the days; empty changes nothing
   * @return a new calendar, or this one when nothing changes
   */
  public WorkingCalendar withDaysOff(Collection<LocalDate> days) {
    return with(days, Day.OFF);
  }

  /**
   * This calendar with {@code days} made working days (a working Saturday, say), overriding what it says of them.
   *
   * @param days the days; empty changes nothing
   * @return a new calendar, or this one when nothing changes
   */
  public WorkingCalendar withWorkingDays(Collection<LocalDate> days) {
    return with(days, Day.WORKING);
  }

  /**
   * Whether {@code day} is a working day.
   *
   * @param day the day
   * @return {@code true} for a working day, {@code false} for a day off
   */
  public boolean isWorkingDay(LocalDate day) {
    Day override = overrides.get(Objects.requireNonNull(day, "day"));
    if (override != null) {
      return override == Day.WORKING;
    }
    if (base == Base.RUSSIAN) {
      return ProductionCalendar.isWorkingDay(day);
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /**
   * The receipt deadline of a non-cash payment made on {@code paymentDay}: the next working day after it (54-ФЗ
   * art. 1.2 p. 5.4).
   *
   * @param paymentDay the day of the payment
   * @return the first working day after {@code paymentDay}
   */
  public LocalDate dueBy(LocalDate paymentDay) {
    LocalDate day = paymentDay.plusDays(1);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * Whether this calendar has the government's decree «О переносе выходных дней» of {@code year} built in. When not,
   * its days of {@code year} may be wrong (days off the decree moves are missing), and a caller should say so. Only
   * {@link #russian()} has decrees; days added with the {@code with…} methods do not count.
   *
   * @param year the year, such as 2026
   * @return {@code true} when the year's decree is built in; always {@code false} for a calendar not based on {@link
   *     #russian()}
   */
  public boolean hasDecree(int year) {
    return base == Base.RUSSIAN && ProductionCalendar.hasDecree(year);
  }

  /**
   * The years whose decree «О переносе выходных дней» this calendar has built in, ascending ({@link #hasDecree}).
   *
   * @return the years, ascending; empty for a calendar not based on {@link #russian()}
   */
  public SortedSet<Integer> decreeYears() {
    return base == Base.RUSSIAN ? ProductionCalendar.decreeYears() : Collections.emptySortedSet();
  }

  /** The base calendar, its decree years and how many days are overridden, for logs. */
  @Override
  public String toString() {
    String name = base == Base.RUSSIAN ? "Russian production calendar, decrees for " + decreeYears()
        : "Monday to Friday";
    return "WorkingCalendar[" + name + (overrides.isEmpty() ? "" : ", " + overrides.size() + " days set") + "]";
  }

  private WorkingCalendar with(Collection<LocalDate> days, Day kind) {
    Map<LocalDate, Day> merged = new HashMap<>(overrides);
    for (LocalDate day : Objects.requireNonNull(days, "days")) {
      merged.put(Objects.requireNonNull(day, "a day in days"), kind);
    }
    return merged.equals(overrides) ? this : new WorkingCalendar(base, merged);
  }
}
