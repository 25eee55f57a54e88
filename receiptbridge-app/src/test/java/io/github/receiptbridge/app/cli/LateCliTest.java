package io.github.receiptbridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.app.common.Workbooks;
import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.WorkingCalendar;
import io.github.receiptbridge.testkit.InProcessCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code late}: the receipts the journal knows were fiscalized after their due day. The demo documents are registered
 * through the CLI; the journal is then told the fiscal dates of two of them, one a week after its payment (late), one
 * on its payment day (in time), the way a status check records what Счетмаш reports.
 */
class LateCliTest {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final FiscalNumbers NUMBERS = FiscalNumbers.builder().fnNumber("9252440300117773")
      .fiscalDocumentNumber(45211).fiscalSign("3906843070").shiftNumber(48).shiftReceiptNumber(762).build();

  @TempDir
  Path folder;

  private DemoSandboxes sandboxes;
  private Map<String, String> environment;
  private Path journalFile;

  @BeforeEach
  void start() {
    sandboxes = CliRunner.startSandboxes(Duration.ZERO);
    environment = CliRunner.environmentOf(sandboxes);
    journalFile = folder.resolve("journal.db");
    environment.put("RECEIPT_JOURNAL", journalFile.toString());
  }

  @AfterEach
  void stop() {
    sandboxes.close();
  }

  /** Registers the demo documents and records fiscal dates of two November ones: the first late, the second not. */
  private List<JournalEntry> registerWithOneLateReceipt() {
    InProcessCli.Result register = CliRunner.runForDemoOrganization(environment, "register");
    assertThat(register.exitCode()).as(register.err()).isIn(0, 1);
    try (ReceiptJournal journal = ReceiptJournal.sqlite(journalFile)) {
      List<JournalEntry> november = sandboxes.schetmash().receipts().stream()
          .map(receipt -> journal.byDocument(UUID.fromString(receipt.externalId().substring(3))).get(0))
          .filter(entry -> YearMonth.from(entry.date()).equals(YearMonth.of(2026, 11)))
          .sorted(Comparator.comparing(JournalEntry::date)).limit(2).toList();
      JournalEntry late = november.get(0);
      JournalEntry inTime = november.get(1);
      journal.fiscalized(late.shopId(), late.receiptId().orElseThrow(), late.date().plusDays(7), NUMBERS);
      journal.fiscalized(inTime.shopId(), inTime.receiptId().orElseThrow(), inTime.date().plusMinutes(5),
          NUMBERS);
      return november;
    }
  }

  @Test
  void lateListsTheReceiptFiscalizedAfterItsDueDayWithItsDatesAndFiscalNumbers() {
    List<JournalEntry> entries = registerWithOneLateReceipt();
    JournalEntry late = entries.get(0);
    LocalDate dueBy = WorkingCalendar.russian().dueBy(late.date().toLocalDate());

    InProcessCli.Result result = CliRunner.runForDemoOrganization(environment, "late", "--from", "2026-11-01",
        "--to", "2026-11-30");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("paid", "due by", "fiscalized", "days late", "FPD",
        "1 receipt fiscalized after its due day");
    String line = result.out().lines().filter(text -> text.contains(late.number())).findFirst().orElseThrow();
    assertThat(line).contains(DAY.format(late.date()), DAY.format(dueBy), "9252440300117773", "45211",
        "3906843070", " " + ChronoUnit.DAYS.between(dueBy, late.date().plusDays(7).toLocalDate()) + " ");
    assertThat(result.out()).doesNotContain(entries.get(1).number());
  }

  @Test
  void lateWritesTheRegisterAsCsvOrJsonByTheReportsExtension() throws Exception {
    JournalEntry late = registerWithOneLateReceipt().get(0);
    Path csv = folder.resolve("late.csv");
    Path json = folder.resolve("late.json");

    InProcessCli.Result toCsv = CliRunner.runForDemoOrganization(environment, "late", "--report", csv.toString());
    InProcessCli.Result toJson = CliRunner.runForDemoOrganization(environment, "late", "--report", json.toString());

    assertThat(toCsv.exitCode()).as(toCsv.err()).isZero();
    assertThat(toJson.exitCode()).as(toJson.err()).isZero();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("documentKey,number,paymentDate,amount,dueBy,fiscalizedAt,daysLate");
    assertThat(lines.get(1)).startsWith(late.documentKey() + "," + late.number() + ","
        + late.date().toLocalDate());
    assertThat(Files.readString(json, StandardCharsets.UTF_8)).startsWith("[")
        .contains("\"documentKey\" : \"" + late.documentKey() + "\"", "\"fiscalDocumentNumber\" : 45211");
  }

  @Test
  void lateWritesTheRegisterAsAnExcelWorkbookWithDatesAsDates() throws Exception {
    JournalEntry late = registerWithOneLateReceipt().get(0);
    Path xlsx = folder.resolve("late.xlsx");

    InProcessCli.Result result = CliRunner.runForDemoOrganization(environment, "late", "--report", xlsx.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    Map<String, String> cells = Workbooks.cells(Files.readAllBytes(xlsx));
    assertThat(cells).containsEntry("A1", "Number@s1").containsEntry("B1", "Payment date@s1")
        .containsEntry("A2", late.number())
        .containsEntry("B2", ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), late.date().toLocalDate()) + "@s2")
        .doesNotContainKey("A3");
  }

  @Test
  void aReportFileOfAnotherKindIsAUsageErrorBeforeAnythingIsRead() {
    InProcessCli.Result result = CliRunner.runForDemoOrganization(environment, "late", "--report",
        folder.resolve("late.txt").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(".json or .csv");
  }
}
