package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.internal.ProductionCalendarData.Decree;
import io.github.receiptbridge.core.internal.ProductionCalendarData.Transfer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionCalendarDataTest {
  @Test
  void everyDecreeMovesTwoJanuaryHolidaysThatFallOnAWeekendAsArticle112Requires() {
    for (Decree decree : ProductionCalendarData.DECREES.values()) {
      List<Transfer> january = decree.transfers().stream()
          .filter(transfer -> ProductionCalendarData.isNewYearHoliday(transfer.from()))
          .toList();
      assertThat(january).as(decree.citation()).hasSize(2);
      assertThat(decree.citation()).contains("Постановление Правительства РФ", "в " + decree.year() + " году");
    }
  }

  @Test
  void aTransferMustMoveAWeekendDayToAWeekday() {
    assertThatThrownBy(() -> new Transfer(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-01-05 (MONDAY)");
    assertThatThrownBy(() -> new Transfer(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 10)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDecreeMustStayWithinItsYear() {
    assertThatThrownBy(() -> new Decree(2026, "test",
        List.of(new Transfer(LocalDate.of(2026, 1, 3), LocalDate.of(2027, 1, 11)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside 2026");
  }
}
