package io.github.receiptbridge.core;

import static io.github.receiptbridge.core.OneResidentNovember.INN;
import static io.github.receiptbridge.core.OneResidentNovember.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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

  @TempDir
  Path folder;

  private OneResidentNovember month;
  private ReceiptJournal journal;

  @BeforeEach
  void start() {
    month = new OneResidentNovember(Duration.ofMillis(100));
    journal = ReceiptJournal.sqlite(folder.resolve("journal.db"));
  }

  @AfterEach
  void stop() throws Exception {
    journal.close();
    month.close();
  }

  private FillRow row(ReceiptRegistrar registrar, UUID document) {
    try (Stream<FillRow> rows = registrar.fill(NOVEMBER, INN)) {
      return rows.filter(row -> row.documentKey().equals(document)).findFirst().orElseThrow();
    }
  }

  @Test
  void aReceiptFiscalizedAfterItsDueDayIsStillListedOnceItIsSuccessAndAfterItsDocumentIsGone() {
    UUID late = month.payment("РМ00-000001", LocalDate.of(2026, 11, 2)); // Monday: due Tuesday 3 November
    UUID inTime = month.payment("РМ00-000002", LocalDate.of(2026, 11, 5)); // Thursday: due Friday 6 November
    ReceiptRegistrar registrar = month.registrar(journal);
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
      assertThat(receipt.fiscalizedAt()).isEqualTo(OneResidentNovember.NOW_THERE);
      assertThat(receipt.daysLate()).isEqualTo(3);
      assertThat(receipt.receiptId()).isEqualTo(run.outcomes().stream()
          .filter(outcome -> outcome.documentKey().equals(late)).findFirst().orElseThrow().receiptId()
          .orElseThrow());
      assertThat(receipt.fiscalNumbers().fnNumber()).isNotBlank();
      assertThat(receipt.fiscalNumbers().fiscalDocumentNumber()).isEqualTo(receipt.receiptId());
    });
    assertThat(listed).extracting(LateReceipt::documentKey).doesNotContain(inTime);

    month.sandboxes.deleteDocument(late);
    registrar.checkStatuses(NOVEMBER, INN);

    assertThat(month.registrar(journal).lateReceipts(NOVEMBER, INN)).isEqualTo(listed);
    assertThat(month.registrar(journal)
        .lateReceipts(DateRange.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 30)), INN)).isEmpty();
  }

  @Test
  void withoutAJournalNoLateReceiptIsKnown() {
    month.payment("РМ00-000003", LocalDate.of(2026, 11, 2));
    ReceiptRegistrar registrar = month.registrar(ReceiptJournal.none());

    registrar.run(NOVEMBER, INN, Duration.ofSeconds(20));

    assertThat(registrar.lateReceipts(NOVEMBER, INN)).isEmpty();
  }
}
