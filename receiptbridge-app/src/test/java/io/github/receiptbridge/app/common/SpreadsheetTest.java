package io.github.receiptbridge.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {
  private static final byte[] WORKBOOK = Spreadsheet.of("Поздние чеки", List.of("Номер", "Сумма", "Дни", "Срок", "Чек"))
      .row(Arrays.asList("РМ00-000001 <&\"\u0007>", new BigDecimal("1520.40"), 3L, LocalDate.of(2026, 1, 1),
          LocalDateTime.of(2026, 1, 1, 12, 0)))
      .row(Arrays.asList("РМ00-000002", null, 0, LocalDate.of(1900, 3, 1), LocalDateTime.of(2025, 1, 1, 0, 0, 1)))
      .toXlsx();

  @Test
  void theWorkbookOpensInTheReaderWithItsSheetName() {
    assertThat(Workbooks.sheetName(WORKBOOK)).isEqualTo("Поздние чеки");
  }

  @Test
  void headersAreBoldTextAndValuesKeepTheirTypes() {
    assertThat(Workbooks.cells(WORKBOOK)).containsEntry("A1", "Номер@s1").containsEntry("E1", "Чек@s1")
        .containsEntry("A2", "РМ00-000001 <&\">")
        .containsEntry("B2", "1520.40@s4")
        .containsEntry("C2", "3")
        .containsEntry("D2", "46023@s2")
        .containsEntry("E2", "46023.5@s3")
        .containsEntry("C3", "0")
        .containsEntry("D3", "61@s2")
        .doesNotContainKey("B3");
  }

  @Test
  void aSheetNameExcelRefusesIsRefusedAtOnce() {
    assertThatThrownBy(() -> Spreadsheet.of("a/b", List.of("x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Spreadsheet.of("x".repeat(32), List.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
