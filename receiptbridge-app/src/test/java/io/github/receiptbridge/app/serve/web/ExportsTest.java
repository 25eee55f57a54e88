package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.RunReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExportsTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final FakeServiceConsole service = new FakeServiceConsole();
  private final RunningConsole console = RunningConsole.open(service);
  private final ConsoleClient client = console.client();

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void aPassReportDownloadsAsAWorkbookWithRussianHeadersNumericAmountsAndDates() throws IOException {
    long id = startRegister();
    RunReport report = service.finish(id).report().orElseThrow();
    HttpResponse<byte[]> xlsx = client.getBytes("/passes/" + id + "/report.xlsx");

    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type")).contains(ExportTable.XLSX);
    assertThat(xlsx.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"pass-" + id + "-register.xlsx\"");
    List<Row> rows = read(xlsx.body());
    assertThat(texts(rows.get(0))).containsExactlyElementsOf(ReportExport.HEADERS);
    assertThat(rows).hasSize(report.outcomes().size() + 1);
    DocumentOutcome first = report.outcomes().get(0);
    Row row = rows.get(1);
    assertThat(row.getCellText(0)).isEqualTo(first.number());
    assertThat(row.getCell(1).getType()).isEqualTo(CellType.NUMBER);
    assertThat(row.getCell(1).getDataFormatString()).isEqualTo("dd.mm.yyyy");
    assertThat(row.getCell(1).asDate()).isEqualTo(first.date().toLocalDate().atStartOfDay());
    assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
    assertThat(row.getCell(2).asNumber()).isEqualByComparingTo(first.amount());
    assertThat(row.getCellText(3)).isEqualTo(Words.action(first.action()));
  }

  @Test
  void aPassReportDownloadsAsTheCsvOfRussianExcel() {
    long id = startRegister();
    RunReport report = service.finish(id).report().orElseThrow();
    HttpResponse<byte[]> csv = client.getBytes("/passes/" + id + "/report.ru.csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(Arrays.copyOf(csv.body(), 3)).isEqualTo(BOM);
    String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(";", ReportExport.HEADERS));
    assertThat(lines).hasSize(report.outcomes().size() + 1);
    DocumentOutcome first = report.outcomes().get(0);
    assertThat(lines[1]).startsWith(first.number() + ";" + Formats.day(first.date().toLocalDate()) + ";"
        + first.amount().toPlainString().replace('.', ',') + ";");
    assertThat(client.get("/passes/" + id + "/report.csv").body()).as("the machine format stays")
        .isEqualTo(report.toCsv(RussianReasons::text));
  }

  @Test
  void aReportRowSaysItsFailureAndReasonInRussianWithCommaDecimalsAndDayMonthYear() throws IOException {
    RunReport report = RunReport.builder().phase(Phase.REGISTER).startedAt(Instant.parse("2026-11-29T09:00:00Z"))
        .finishedAt(Instant.parse("2026-11-29T09:01:00Z"))
        .addOutcomes(outcome("РМ00-000001", Action.FAILED).failureKind(FailureKind.RECEIPT_REJECTED)
            .rawStatus("error").error("Receipt rejected: item price is zero").build())
        .addOutcomes(outcome("РМ00-000002", Action.SKIPPED)
            .reason(Reason.of(ReasonCode.NOT_POSTED)).build())
        .build();
    ExportTable table = ReportExport.of(report);

    String csv = new String(table.russianCsv(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFНомер;Дата;Сумма;")
        .contains("РМ00-000001;02.11.2026;1520,40;ошибка;Ошибка;error;;Счетмаш отклонил чек: исправьте документ"
            + " в 1С и повторите чек;Receipt rejected: item price is zero;03.11.2026;нет;")
        .contains("РМ00-000002;02.11.2026;1520,40;пропущено;;;;документ не проведён;");
    List<Row> rows = read(table.xlsx());
    assertThat(rows.get(1).getCell(2).asNumber()).isEqualByComparingTo("1520.40");
    assertThat(rows.get(1).getCell(9).asDate()).isEqualTo(LocalDateTime.of(2026, 11, 3, 0, 0));
    assertThat(rows.get(1).getCellText(7)).startsWith("Счетмаш отклонил чек");
  }

  @Test
  void aCsvCellIsQuotedWhenItMustBeAndNeverReadAsAFormula() {
    assertThat(ExportTable.cell("Оплата; ЖКУ \"за октябрь\"")).isEqualTo("\"Оплата; ЖКУ \"\"за октябрь\"\"\"");
    assertThat(ExportTable.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ExportTable.cell(new BigDecimal("-1520.40"))).isEqualTo("-1520,40");
    assertThat(ExportTable.cell(new BigDecimal("6892.4"))).as("kopecks always shown").isEqualTo("6892,40");
    assertThat(ExportTable.cell(new BigDecimal("700"))).isEqualTo("700,00");
    assertThat(ExportTable.cell(LocalDateTime.of(2026, 11, 3, 9, 5))).isEqualTo("03.11.2026 09:05:00");
    assertThat(ExportTable.cell(null)).isEmpty();
  }

  @Test
  void theTableDownloadsEveryRowOfItsOrganizationPeriodAndFilters() throws IOException {
    HttpResponse<byte[]> xlsx = client.getBytes("/table.xlsx?org=tsg&from=2026-11-01&to=2026-11-29&size=5");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"table-tsg-2026-11-01-2026-11-29.xlsx\"");
    List<Row> rows = read(xlsx.body());
    assertThat(texts(rows.get(0))).containsExactlyElementsOf(TableExport.HEADERS);
    assertThat(rows).hasSize(12 + 1);
    assertThat(rows.get(1).getCellText(0)).isEqualTo("TSG-00001");
    assertThat(rows.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);

    HttpResponse<byte[]> csv = client.getBytes("/table.csv?org=tsg&from=2026-11-01&to=2026-11-29&action=SKIP");
    assertThat(Arrays.copyOf(csv.body(), 3)).isEqualTo(BOM);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text.split("\r\n")).hasSize(1 + 1).allSatisfy(line -> assertThat(line).contains(";"));
    assertThat(text).contains("TSG-00007;08.11.2026;1049,40;").contains(";Пропуск;\"нет e-mail или телефона");
  }

  @Test
  void theLateReceiptsDownloadAsTheCsvOfRussianExcel() {
    service.withLateReceipts("uk", List.of(LateReceipt.builder()
        .documentKey(UUID.fromString("4f5c34a0-ba5a-11ee-aad1-0050569f1a01")).number("РМ00-000001")
        .paymentDate(LocalDate.of(2026, 11, 2)).amount(new BigDecimal("1520.40")).dueBy(LocalDate.of(2026, 11, 3))
        .fiscalizedAt(LocalDateTime.of(2026, 11, 6, 12, 0, 5)).receiptId(2).externalId("1c-4f5c34a0")
        .fiscalNumbers(FiscalNumbers.builder().fnNumber("9252440300117773").fiscalDocumentNumber(45211)
            .fiscalSign("3906843070").shiftNumber(48).shiftReceiptNumber(762).build())
        .build()));
    assertThat(client.get("/late?org=uk").body()).contains("href=\"/late.ru.csv?org=uk&amp;");
    HttpResponse<byte[]> csv = client.getBytes("/late.ru.csv?org=uk&from=2026-11-01&to=2026-11-29");

    assertThat(Arrays.copyOf(csv.body(), 3)).isEqualTo(BOM);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Номер документа;Дата оплаты;Сумма;")
        .contains("\r\nРМ00-000001;02.11.2026;1520,40;03.11.2026;06.11.2026 12:00:05;3;2;9252440300117773;45211;");
  }

  private static DocumentOutcome.Builder outcome(String number, Action action) {
    return DocumentOutcome.builder().documentKey(UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8)))
        .number(number).date(LocalDateTime.of(2026, 11, 2, 10, 0)).amount(new BigDecimal("1520.40"))
        .externalId("1c-" + number).action(action).dueBy(LocalDate.of(2026, 11, 3)).overdue(false);
  }

  private static List<Row> read(byte[] xlsx) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
        new ReadingOptions(true, false))) {
      return workbook.getFirstSheet().read();
    }
  }

  private static List<String> texts(Row row) {
    return row.stream().map(Cell::getText).toList();
  }

  private long startRegister() {
    client.get("/");
    HttpResponse<String> started = client.post("/passes", Map.of("org", "uk", "from", "2026-11-01",
        "to", "2026-11-29", "kind", "REGISTER"));
    String location = started.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }
}
