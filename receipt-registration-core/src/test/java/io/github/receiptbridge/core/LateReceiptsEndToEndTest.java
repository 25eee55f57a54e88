package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The late-receipt register against both simulators: the cash register's clock and the registrar's stand on Friday 6
 * November 2026, after the due day of a payment of Monday 2 November, and the list outlives its {@code success}.
 */
class LateReceiptsEndToEndTest {
  private static final String INN = "7701234567";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final LocalDateTime FISCALIZED = LocalDateTime.of(2026, 11, 6, 12, 0);
  private static final Clock NOW = Clock.fixed(FISCALIZED.atZone(MOSCOW).toInstant(), MOSCOW);

  @TempDir
  Path folder;

  private SandboxFixture sandboxes;
  private ReceiptJournal journal;
  private UUID organization;
  private UUID payer;

  @BeforeEach
  void start() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().clock(NOW).processingDelay(Duration.ofMillis(100))
        .start(), OnecSandbox.builder().start());
    journal = ReceiptJournal.sqlite(folder.resolve("journal.db"));
    organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    payer = sandboxes.onec.data().addNaturalPerson("Орлова Мария Ивановна", "orlova@example.ru", null);
  }

  @AfterEach
  void stop() throws Exception {
    journal.close();
    sandboxes.close();
  }

  private UUID payment(String number, LocalDate paid) {
    return sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization).number(number)
        .date(paid.atTime(10, 0)).amount(new BigDecimal("1520.40")).naturalPerson(payer)
        .purpose("Оплата ЖКУ, документ " + number).paymentOrder(number.substring(number.length() - 6), paid)
        .build());
  }

  private ReceiptRegistrar registrar(ReceiptJournal receiptJournal) {
    return sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient()).journal(receiptJournal)
        .clock(NOW).serverZone(MOSCOW).calendar(WorkingCalendar.russian()).build();
  }

  private FillRow row(ReceiptRegistrar registrar, UUID document) {
    try (Stream<FillRow> rows = registrar.fill(NOVEMBER, INN)) {
      return rows.filter(row -> row.documentKey().equals(document)).findFirst().orElseThrow();
    }
  }

  @Test
  void aReceiptFiscalizedAfterItsDueDayIsStillListedOnceItIsSuccessAndAfterItsDocumentIsGone() {
    UUID late = payment("РМ00-000001", LocalDate.of(2026, 11, 2)); // Monday: due Tuesday 3 November
    UUID inTime = payment("РМ00-000002", LocalDate.of(2026, 11, 5)); // Thursday: due Friday 6 November
    ReceiptRegistrar registrar = registrar(journal);
    assertThat(row(registrar, late).overdue()).isTrue();

    RunReport run = registrar.run(NOVEMBER, INN, Duration.ofSeconds(20));

    assertThat(run.outcomes()).allSatisfy(outcome -> assertThat(outcome.rawStatus()).contains("success"));
    assertThat(row(registrar, late).overdue()).as("overdue is over once the receipt is success").isFalse();
    List<LateReceipt> listed = registrar.lateReceipts(NOVEMBER, INN);
    assertThat(listed).singleElement().satisfies(receipt -> {
      assertThat(receipt.documentKey()).isEqualTo(late);
      assertThat(receipt.number()).isEqualTo("РМ00-000001");
      assertThat(receipt.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 2));
      assertThat(receipt.dueBy()).isEqualTo(LocalDate.of(2026, 11, 3));
      assertThat(receipt.fiscalizedAt()).isEqualTo(FISCALIZED);
      assertThat(receipt.daysLate()).isEqualTo(3);
      assertThat(receipt.receiptId()).isEqualTo(run.outcomes().stream()
          .filter(outcome -> outcome.documentKey().equals(late)).findFirst().orElseThrow().receiptId()
          .orElseThrow());
      assertThat(receipt.fiscalNumbers().fnNumber()).isNotBlank();
      assertThat(receipt.fiscalNumbers().fiscalDocumentNumber()).isEqualTo(receipt.receiptId());
    });
    assertThat(listed).extracting(LateReceipt::documentKey).doesNotContain(inTime);

    sandboxes.deleteDocument(late);
    registrar.checkStatuses(NOVEMBER, INN);

    assertThat(registrar(journal).lateReceipts(NOVEMBER, INN)).isEqualTo(listed);
    assertThat(registrar(journal).lateReceipts(DateRange.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 30)),
        INN)).isEmpty();
  }

  @Test
  void withoutAJournalNoLateReceiptIsKnown() {
    payment("РМ00-000003", LocalDate.of(2026, 11, 2));
    ReceiptRegistrar registrar = registrar(ReceiptJournal.none());

    registrar.run(NOVEMBER, INN, Duration.ofSeconds(20));

    assertThat(registrar.lateReceipts(NOVEMBER, INN)).isEmpty();
  }
}
