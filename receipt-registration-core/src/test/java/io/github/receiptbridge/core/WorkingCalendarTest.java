package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
