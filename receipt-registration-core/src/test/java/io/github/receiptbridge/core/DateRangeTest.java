package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  @Test
  void theDefaultPeriodReachesBackToTheFirstDayOfThePreviousMonth() {
    assertThat(DateRange.fromPreviousMonthThrough(LocalDate.of(2026, 12, 1)))
        .as("the statement of 30 November, loaded on 1 December, is still inside")
        .isEqualTo(DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
    assertThat(DateRange.fromPreviousMonthThrough(LocalDate.of(2027, 1, 12)))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 12)));
    assertThat(DateRange.fromPreviousMonthThrough(LocalDate.of(2026, 3, 31)))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)));
  }
}
