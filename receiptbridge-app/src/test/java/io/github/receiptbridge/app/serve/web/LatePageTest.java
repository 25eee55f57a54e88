package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.Workbooks;
import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.LateReceiptFormats;
import io.github.receiptbridge.core.DateRange;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** «Поздние чеки»: the page, its link from the main page, its period and organization, and its CSV file. */
class LatePageTest {
  private static final LateReceipt LATE = LateReceipt.builder()
      .documentKey(UUID.fromString("4f5c34a0-ba5a-11ee-aad1-0050569f1a01")).number("РМ00-000001")
      .paymentDate(LocalDate.of(2026, 11, 2)).amount(new BigDecimal("1520.40")).dueBy(LocalDate.of(2026, 11, 3))
      .fiscalizedAt(LocalDateTime.of(2026, 11, 6, 12, 0, 5)).receiptId(2).externalId("1c-4f5c34a0")
      .fiscalNumbers(FiscalNumbers.builder().fnNumber("9252440300117773").fiscalDocumentNumber(45211)
          .fiscalSign("3906843070").shiftNumber(48).shiftReceiptNumber(762).build())
      .build();

  private final FakeServiceConsole service = new FakeServiceConsole().withLateReceipts("uk", List.of(LATE));
  private final RunningConsole console = RunningConsole.open(service);
  private final ConsoleClient client = console.client();

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void theMainPageLinksToTheLateReceipts() {
    assertThat(client.get("/").body()).contains("<a href=\"/late\">Поздние чеки</a>");
  }

  @Test
  void thePageListsEachLateReceiptWithItsPaymentDueAndFiscalDatesAndNumbers() {
    HttpResponse<String> page = client.get("/late");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Поздние чеки</h1>", "УК Ромашка, платежи с 01.10.2026 по 29.11.2026")
        .contains("<tr><td data-label=\"Дата оплаты\">02.11.2026</td><td data-label=\"Номер\">РМ00-000001</td>"
            + "<td data-label=\"Сумма\" class=\"amount\">" + Formats.amount(new BigDecimal("1520.40")) + "</td>"
            + "<td data-label=\"Срок\">03.11.2026</td><td data-label=\"Чек пробит\">06.11.2026 12:00:05</td>"
            + "<td data-label=\"Дней просрочки\" class=\"amount\">3</td><td data-label=\"Чек\">2</td>"
            + "<td data-label=\"ФН\" class=\"fiscal\">9252440300117773</td>"
            + "<td data-label=\"ФД\" class=\"fiscal\">45211</td>"
            + "<td data-label=\"ФПД\" class=\"fiscal\">3906843070</td></tr>")
        .contains("href=\"/late.csv?org=uk&amp;from=2026-10-01&amp;to=2026-11-29\"");
    assertThat(service.latePeriods()).containsExactly(FakeServiceConsole.DEFAULT_PERIOD);
  }

  @Test
  void anotherOrganizationAndPeriodAreAskedForAndAnEmptyListSaysSo() {
    String page = client.get("/late?org=tsg&from=2026-11-01&to=2026-11-30").body();

    assertThat(page).contains("Поздних чеков за период нет.", "ТСЖ Лесное, платежи с 01.11.2026 по 30.11.2026")
        .contains("<option value=\"tsg\" selected>");
    assertThat(service.latePeriods()).containsExactly(DateRange.of(LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 30)));
  }

  @Test
  void theCsvDownloadIsTheLateReceiptRegisterOfThePeriod() {
    HttpResponse<String> csv = client.get("/late.csv?org=uk&from=2026-11-01&to=2026-11-30");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition")).get().asString()
        .contains("late-receipts-2026-11-01-2026-11-30.csv");
    assertThat(csv.body()).isEqualTo(LateReceiptFormats.csv(List.of(LATE)));
  }

  @Test
  void theExcelDownloadIsTheSameRegisterWithRussianHeaders() {
    HttpResponse<byte[]> xlsx = client.getBytes("/late.xlsx?org=uk&from=2026-11-01&to=2026-11-30");

    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.headers().firstValue("Content-Disposition")).get().asString()
        .contains("late-receipts-2026-11-01-2026-11-30.xlsx");
    assertThat(Workbooks.cells(xlsx.body())).containsEntry("A1", "Номер документа@s1")
        .containsEntry("A2", LATE.number()).containsEntry("C2", LATE.amount().toPlainString() + "@s4");
  }

  @Test
  void aBadDateIsRefusedInRussian() {
    HttpResponse<String> refused = client.get("/late?from=01.11.2026");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("не дата");
  }
}
