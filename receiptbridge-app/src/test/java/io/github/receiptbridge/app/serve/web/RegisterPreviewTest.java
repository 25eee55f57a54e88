package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.OrganizationView;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterPreviewTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final FormInput INPUT = new FormInput(new OrganizationView("uk", "УК Ромашка", "7701234567", 101),
      DateRange.of(LocalDate.of(2026, 10, 1), TODAY));

  @Test
  void todayAndExactlyAMonthAgoAreNoWarningTomorrowAndTheDayBeforeAre() {
    RegisterPreview preview = RegisterPreview.of(INPUT, List.of(dated("1", TODAY.atTime(23, 59)),
        dated("2", LocalDate.of(2026, 10, 29).atStartOfDay()), dated("3", TODAY.plusDays(1).atStartOfDay()),
        dated("4", LocalDate.of(2026, 10, 28).atTime(23, 59))), TODAY);

    assertThat(preview.count()).isEqualTo(4);
    assertThat(preview.total()).isEqualTo("400,00");
    assertThat(preview.future()).extracting(DocumentFacts::number).containsExactly("3");
    assertThat(preview.old()).extracting(DocumentFacts::number).containsExactly("4");
    assertThat(preview.warns()).isTrue();
  }

  @Test
  void aLongListOfWarningsIsCutButCountedInFull() {
    List<FillRow> old = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      old.add(dated(Integer.toString(i), LocalDate.of(2026, 9, i).atTime(10, 0)));
    }
    RegisterPreview preview = RegisterPreview.of(INPUT, old, TODAY);

    assertThat(preview.oldCount()).isEqualTo(25);
    assertThat(preview.old()).hasSize(RegisterPreview.LISTED);
    assertThat(preview.futureCount()).isZero();
  }

  @Test
  void nothingToSendWarnsOfNothing() {
    RegisterPreview preview = RegisterPreview.of(INPUT, List.of(), TODAY);

    assertThat(preview.count()).isZero();
    assertThat(preview.total()).isEqualTo("0,00");
    assertThat(preview.warns()).isFalse();
  }

  private static FillRow dated(String number, LocalDateTime date) {
    return FillRow.builder().from(FakeServiceConsole.row("uk", 1)).number(number).date(date)
        .amount(new BigDecimal("100.00")).build();
  }
}
