package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  @Test
  void aPaymentOnFridayIsDueOnMonday() {
    assertThat(WorkingCalendar.weekdays().dueBy(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void aPaymentOnSaturdayIsDueOnMonday() {
    assertThat(WorkingCalendar.weekdays().dueBy(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void holidaysAreSkippedAndWorkingSaturdaysCount() {
    WorkingCalendar calendar = WorkingCalendar.of(
        Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 5)),
        Set.of(LocalDate.of(2025, 11, 1)));
    assertThat(calendar.dueBy(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 6));
    assertThat(calendar.dueBy(LocalDate.of(2025, 10, 31))).isEqualTo(LocalDate.of(2025, 11, 1));
  }

  @Test
  void aDayGivenBothAsHolidayAndAsWorkingWeekendIsWorking() {
    LocalDate saturday = LocalDate.of(2026, 11, 28);
    assertThat(WorkingCalendar.of(Set.of(saturday), Set.of(saturday)).isWorkingDay(saturday)).isTrue();
  }

  @Test
  void daysOffAndWorkingDaysAddedInCodeOverrideTheBaseCalendar() {
    WorkingCalendar calendar = WorkingCalendar.russian()
        .withDaysOff(List.of(LocalDate.of(2026, 6, 15)))
        .withWorkingDays(List.of(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 6, 13)));

    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 15))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 9))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 13))).isTrue();
    assertThat(calendar.dueBy(LocalDate.of(2026, 6, 11))).isEqualTo(LocalDate.of(2026, 6, 13));
  }

  @Test
  void theLaterOfTwoOverridesOfADayWins() {
    LocalDate monday = LocalDate.of(2026, 6, 15);
    assertThat(WorkingCalendar.russian().withDaysOff(List.of(monday)).withWorkingDays(List.of(monday))
        .isWorkingDay(monday)).isTrue();
    assertThat(WorkingCalendar.russian().withWorkingDays(List.of(monday)).withDaysOff(List.of(monday))
        .isWorkingDay(monday)).isFalse();
  }

  @Test
  void addingDaysLeavesTheOriginalCalendarAsItWas() {
    WorkingCalendar weekdays = WorkingCalendar.weekdays();
    WorkingCalendar changed = weekdays.withDaysOff(List.of(LocalDate.of(2026, 6, 15)));

    assertThat(changed).isNotSameAs(weekdays);
    assertThat(weekdays.isWorkingDay(LocalDate.of(2026, 6, 15))).isTrue();
    assertThat(WorkingCalendar.weekdays().isWorkingDay(LocalDate.of(2026, 6, 15))).isTrue();
  }

  @Test
  void onlyTheRussianCalendarHasDecrees() {
    assertThat(WorkingCalendar.weekdays().hasDecree(2026)).isFalse();
    assertThat(WorkingCalendar.weekdays().decreeYears()).isEmpty();
    assertThat(WorkingCalendar.of(Set.of(), Set.of()).hasDecree(2026)).isFalse();
    assertThat(WorkingCalendar.russian().withDaysOff(List.of(LocalDate.of(2027, 1, 11))).hasDecree(2026)).isTrue();
  }

  @Test
  void theWeekdaysCalendarKnowsNoHolidays() {
    assertThat(WorkingCalendar.weekdays().isWorkingDay(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(WorkingCalendar.weekdays().dueBy(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void toStringNamesTheBaseCalendarAndItsDecreeYears() {
    assertThat(WorkingCalendar.russian().withDaysOff(List.of(LocalDate.of(2027, 1, 11))))
        .hasToString("WorkingCalendar[Russian production calendar, decrees for [2023, 2024, 2025, 2026], 1 days set]");
    assertThat(WorkingCalendar.weekdays()).hasToString("WorkingCalendar[Monday to Friday]");
  }
}
