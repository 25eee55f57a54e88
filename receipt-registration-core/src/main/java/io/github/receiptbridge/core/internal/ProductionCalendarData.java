package io.github.receiptbridge.core.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The data of the Russian production calendar, kept as plain tables to check against their sources: the public
 * holidays of the Labour Code (ТК РФ ст. 112) and, per year, the transfers of the government's decree «О переносе
 * выходных дней». {@link ProductionCalendar} applies them.
 *
 * <p>To add a year: copy the decree's list «Перенести в ГГГГ году следующие выходные дни: с … на …» line by line
 * into a {@code decree(…)} entry below, one {@code move(…)} per line, and add the year's published count of working
 * days to the tests. A decree moves only what it names; art. 112's own transfer of a holiday that falls on a weekend
 * (see {@link ProductionCalendar}) needs no entry unless the decree moves that day elsewhere, and then its {@code move}
 * says where.
 */
final class ProductionCalendarData {
  /**
   * Нерабочие праздничные дни, ТК РФ ст. 112 ч. 1: 1–6 и 8 января — Новогодние каникулы; 7 января — Рождество
   * Христово; 23 февраля; 8 марта; 1 мая; 9 мая; 12 июня; 4 ноября.
   */
  public static final List<MonthDay> HOLIDAYS = List.of(
      MonthDay.of(Month.JANUARY, 1), MonthDay.of(Month.JANUARY, 2), MonthDay.of(Month.JANUARY, 3),
      MonthDay.of(Month.JANUARY, 4), MonthDay.of(Month.JANUARY, 5), MonthDay.of(Month.JANUARY, 6),
      MonthDay.of(Month.JANUARY, 7), MonthDay.of(Month.JANUARY, 8),
      MonthDay.of(Month.FEBRUARY, 23),
      MonthDay.of(Month.MARCH, 8),
      MonthDay.of(Month.MAY, 1),
      MonthDay.of(Month.MAY, 9),
      MonthDay.of(Month.JUNE, 12),
      MonthDay.of(Month.NOVEMBER, 4));

  /** The decrees built in, by year. */
  public static final Map<Integer, Decree> DECREES = byYear(
      decree(2023, "Постановление Правительства РФ от 29.08.2022 № 1505 «О переносе выходных дней в 2023 году»",
          move("2023-01-01", "2023-02-24"), // с воскресенья 1 января на пятницу 24 февраля
          move("2023-01-08", "2023-05-08")), // с воскресенья 8 января на понедельник 8 мая

      decree(2024, "Постановление Правительства РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году»",
          move("2024-01-06", "2024-05-10"), // с субботы 6 января на пятницу 10 мая
          move("2024-01-07", "2024-12-31"), // с воскресенья 7 января на вторник 31 декабря
          move("2024-04-27", "2024-04-29"), // с субботы 27 апреля на понедельник 29 апреля
          move("2024-11-02", "2024-04-30"), // с субботы 2 ноября на вторник 30 апреля
          move("2024-12-28", "2024-12-30")), // с субботы 28 декабря на понедельник 30 декабря

      decree(2025, "Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»",
          move("2025-01-04", "2025-05-02"), // с субботы 4 января на пятницу 2 мая
          move("2025-01-05", "2025-12-31"), // с воскресенья 5 января на среду 31 декабря
          move("2025-02-23", "2025-05-08"), // с воскресенья 23 февраля на четверг 8 мая (не на 24 февраля)
          move("2025-03-08", "2025-06-13"), // с субботы 8 марта на пятницу 13 июня (не на 10 марта)
          move("2025-11-01", "2025-11-03")), // с субботы 1 ноября на понедельник 3 ноября

      decree(2026, "Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»",
          move("2026-01-03", "2026-01-09"), // с субботы 3 января на пятницу 9 января
          move("2026-01-04", "2026-12-31"))); // с воскресенья 4 января на четверг 31 декабря

  private ProductionCalendarData() {}

  /** Whether {@code day} is a holiday of art. 112. */
  public static boolean isHoliday(LocalDate day) {
    return HOLIDAYS.contains(MonthDay.from(day));
  }

  /**
   * Whether {@code day} is one of the January holidays (1–8 January), whose coincidence with a weekend art. 112 does
   * not move by itself: the government moves two such days by its decree.
   */
  public static boolean isNewYearHoliday(LocalDate day) {
    return day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 8;
  }

  /** Whether {@code day} is a Saturday or a Sunday. */
  public static boolean isWeekend(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
  }

  /** One year's decree «О переносе выходных дней»: its citation and its transfers, in the decree's order. */
  public record Decree(int year, String citation, List<Transfer> transfers) {
    /** Checks that every transfer lies within {@code year}. */
    public Decree {
      Objects.requireNonNull(citation, "citation");
      transfers = List.copyOf(transfers);
      for (Transfer transfer : transfers) {
        if (transfer.from().getYear() != year || transfer.to().getYear() != year) {
          throw new IllegalArgumentException("The " + year + " decree moves " + transfer + ", outside " + year);
        }
      }
    }
  }

  /**
   * «С {@code from} на {@code to}»: the day off {@code from} (a Saturday or Sunday) moves to {@code to} (a weekday).
   * {@code to} becomes a day off; {@code from} becomes a working day unless it is a holiday, and a holiday {@code from}
   * is not moved by art. 112 as well.
   */
  public record Transfer(LocalDate from, LocalDate to) {
    /** Checks that a day off moves from a weekend day to a weekday. */
    public Transfer {
      if (!isWeekend(from) || isWeekend(to)) {
        throw new IllegalArgumentException("A transfer moves a Saturday or Sunday to a weekday, not " + from + " ("
            + from.getDayOfWeek() + ") to " + to + " (" + to.getDayOfWeek() + ")");
      }
    }

    @Override
    public String toString() {
      return from + " → " + to;
    }
  }

  private static Decree decree(int year, String citation, Transfer... transfers) {
    return new Decree(year, citation, List.of(transfers));
  }

  private static Transfer move(String from, String to) {
    return new Transfer(LocalDate.parse(from), LocalDate.parse(to));
  }

  private static Map<Integer, Decree> byYear(Decree... decrees) {
    Map<Integer, Decree> map = new TreeMap<>();
    for (Decree decree : decrees) {
      if (map.put(decree.year(), decree) != null) {
        throw new IllegalArgumentException("Two decrees for " + decree.year());
      }
    }
    return Collections.unmodifiableMap(map);
  }
}
