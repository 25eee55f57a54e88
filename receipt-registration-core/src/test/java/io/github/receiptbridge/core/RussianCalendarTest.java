package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Russian production calendar against published figures: each year's count of working days and its full list of
 * days off, as the government announced them with the decree (Mon–Fri days off; Saturdays and Sundays worked).
 */
class RussianCalendarTest {
  private final WorkingCalendar calendar = WorkingCalendar.russian();

  @Test
  void year2025Has247WorkingDays() {
    assertThat(workingDaysIn(2025)).isEqualTo(247);
  }

  @Test
  void year2026Has247WorkingDays() {
    assertThat(workingDaysIn(2026)).isEqualTo(247);
  }

  @Test
  void year2024Has248WorkingDaysAnd2023Has247() {
    assertThat(workingDaysIn(2024)).isEqualTo(248);
    assertThat(workingDaysIn(2023)).isEqualTo(247);
  }

  @Test
  void theWeekdaysOffAndWorkingWeekendsOf2025AreThoseOfDecree1335() {
    assertThat(weekdaysOff(2025)).containsExactly(
        day("2025-01-01"), day("2025-01-02"), day("2025-01-03"), day("2025-01-06"), day("2025-01-07"),
        day("2025-01-08"), day("2025-05-01"), day("2025-05-02"), day("2025-05-08"), day("2025-05-09"),
        day("2025-06-12"), day("2025-06-13"), day("2025-11-03"), day("2025-11-04"), day("2025-12-31"));
    assertThat(workingWeekendDays(2025)).containsExactly(day("2025-11-01"));
  }

  @Test
  void theWeekdaysOffAndWorkingWeekendsOf2026AreThoseOfDecree1466() {
    assertThat(weekdaysOff(2026)).containsExactly(
        day("2026-01-01"), day("2026-01-02"), day("2026-01-05"), day("2026-01-06"), day("2026-01-07"),
        day("2026-01-08"), day("2026-01-09"), day("2026-02-23"), day("2026-03-09"), day("2026-05-01"),
        day("2026-05-11"), day("2026-06-12"), day("2026-11-04"), day("2026-12-31"));
    assertThat(workingWeekendDays(2026)).isEmpty();
  }

  @Test
  void theWeekdaysOffAndWorkingWeekendsOf2024AreThoseOfDecree1314() {
    assertThat(weekdaysOff(2024)).containsExactly(
        day("2024-01-01"), day("2024-01-02"), day("2024-01-03"), day("2024-01-04"), day("2024-01-05"),
        day("2024-01-08"), day("2024-02-23"), day("2024-03-08"), day("2024-04-29"), day("2024-04-30"),
        day("2024-05-01"), day("2024-05-09"), day("2024-05-10"), day("2024-06-12"), day("2024-11-04"),
        day("2024-12-30"), day("2024-12-31"));
    assertThat(workingWeekendDays(2024)).containsExactly(day("2024-04-27"), day("2024-11-02"), day("2024-12-28"));
  }

  @Test
  void theWeekdaysOffOf2023AreThoseOfDecree1505PlusTheMoveOf4NovemberToMonday() {
    assertThat(weekdaysOff(2023)).containsExactly(
        day("2023-01-02"), day("2023-01-03"), day("2023-01-04"), day("2023-01-05"), day("2023-01-06"),
        day("2023-02-23"), day("2023-02-24"), day("2023-03-08"), day("2023-05-01"), day("2023-05-08"),
        day("2023-05-09"), day("2023-06-12"), day("2023-11-06"));
    assertThat(workingWeekendDays(2023)).isEmpty();
  }

  @Test
  void decree1466Moves3JanuaryTo9JanuaryAnd4JanuaryTo31December2026() {
    assertThat(calendar.isWorkingDay(day("2026-01-09"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2026-12-31"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2026-01-12"))).isTrue();
  }

  @Test
  void decree1335MakesSaturday1November2025WorkingAndMonday3NovemberOff() {
    assertThat(calendar.isWorkingDay(day("2025-11-01"))).isTrue();
    assertThat(calendar.isWorkingDay(day("2025-11-03"))).isFalse();
  }

  @Test
  void decree1335Moves4JanuaryTo2MayAnd5JanuaryTo31December2025() {
    assertThat(calendar.isWorkingDay(day("2025-05-02"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2025-12-31"))).isFalse();
  }

  @Test
  void decree1335MovesTheDaysOffOfSunday23FebruaryAndSaturday8March2025To8MayAnd13June() {
    assertThat(calendar.isWorkingDay(day("2025-05-08"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2025-06-13"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2025-02-24"))).as("Monday after 23 February 2025").isTrue();
    assertThat(calendar.isWorkingDay(day("2025-03-10"))).as("Monday after 8 March 2025").isTrue();
  }

  @Test
  void aHolidayOnAWeekendMovesTheDayOffToTheNextWorkingDayIn2026() {
    assertThat(calendar.isWorkingDay(day("2026-03-09"))).as("8 March 2026 is a Sunday").isFalse();
    assertThat(calendar.isWorkingDay(day("2026-05-11"))).as("9 May 2026 is a Saturday").isFalse();
    assertThat(calendar.isWorkingDay(day("2026-05-12"))).isTrue();
  }

  @Test
  void aPaymentOnTheLastWorkingDayOf2025IsDueAfterTheNewYearHolidays() {
    assertThat(calendar.isWorkingDay(day("2025-12-30"))).isTrue();
    assertThat(calendar.dueBy(day("2025-12-30"))).isEqualTo(day("2026-01-12"));
  }

  @Test
  void aPaymentOnAHolidayIsDueOnTheNextWorkingDay() {
    assertThat(calendar.dueBy(day("2026-01-01"))).isEqualTo(day("2026-01-12"));
    assertThat(calendar.dueBy(day("2025-05-01"))).isEqualTo(day("2025-05-05"));
  }

  @Test
  void aPaymentOnAnOrdinaryFridayIsDueOnMonday() {
    assertThat(day("2025-12-26").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(calendar.dueBy(day("2025-12-26"))).isEqualTo(day("2025-12-29"));
  }

  @Test
  void aPaymentOnTheFridayBeforeAWorkingSaturdayIsDueOnThatSaturday() {
    assertThat(calendar.dueBy(day("2025-10-31"))).isEqualTo(day("2025-11-01"));
    assertThat(calendar.dueBy(day("2024-12-27"))).isEqualTo(day("2024-12-28"));
  }

  @Test
  void aPaymentOnTheFridayBeforeAHolidayWeekendIsDueAfterIt() {
    assertThat(calendar.dueBy(day("2026-05-08"))).isEqualTo(day("2026-05-12"));
    assertThat(calendar.dueBy(day("2025-06-11"))).isEqualTo(day("2025-06-16"));
  }

  @Test
  void theBuiltInDecreesAreThoseOf2023To2026() {
    assertThat(calendar.decreeYears()).containsExactly(2023, 2024, 2025, 2026);
    assertThat(calendar.hasDecree(2025)).isTrue();
    assertThat(calendar.hasDecree(2026)).isTrue();
  }

  @Test
  void aYearWithoutADecreeStillHasTheHolidaysOfArticle112AndTheirWeekendMoves() {
    assertThat(calendar.hasDecree(2027)).isFalse();
    assertThat(calendar.isWorkingDay(day("2027-01-01"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2027-01-08"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2027-02-23"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2027-03-08"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2027-05-03"))).as("1 May 2027 is a Saturday").isFalse();
    assertThat(calendar.isWorkingDay(day("2027-05-10"))).as("9 May 2027 is a Sunday").isFalse();
    assertThat(calendar.isWorkingDay(day("2027-06-14"))).as("12 June 2027 is a Saturday").isFalse();
    assertThat(calendar.isWorkingDay(day("2027-11-04"))).isFalse();
    assertThat(calendar.isWorkingDay(day("2027-11-05"))).isTrue();
  }

  @Test
  void withoutADecreeTheJanuaryHolidaysOnAWeekendAreNotMoved() {
    assertThat(day("2027-01-02").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(calendar.isWorkingDay(day("2027-01-11"))).isTrue();
    assertThat(calendar.dueBy(day("2026-12-30"))).isEqualTo(day("2027-01-11"));
  }

  private int workingDaysIn(int year) {
    int count = 0;
    for (int dayOfYear = 1; dayOfYear <= Year.of(year).length(); dayOfYear++) {
      if (calendar.isWorkingDay(LocalDate.ofYearDay(year, dayOfYear))) {
        count++;
      }
    }
    return count;
  }

  private Set<LocalDate> weekdaysOff(int year) {
    Set<LocalDate> days = new TreeSet<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (!isWeekend(day) && !calendar.isWorkingDay(day)) {
        days.add(day);
      }
    }
    return days;
  }

  private Set<LocalDate> workingWeekendDays(int year) {
    Set<LocalDate> days = new TreeSet<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (isWeekend(day) && calendar.isWorkingDay(day)) {
        days.add(day);
      }
    }
    return days;
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
