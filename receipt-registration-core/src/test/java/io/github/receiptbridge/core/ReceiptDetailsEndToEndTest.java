package io.github.receiptbridge.core;

import static io.github.receiptbridge.core.OneResidentNovember.INN;
import static io.github.receiptbridge.core.OneResidentNovember.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table's rows carry what the journal learnt of their receipts in status passes: the Счетмаш error text of a
 * rejected receipt, and the fiscal time, numbers and check link of a fiscalized one.
 */
class ReceiptDetailsEndToEndTest {
  private static final String REJECTION = "Сумма платежей меньше суммы чека";

  @TempDir
  Path folder;

  private OneResidentNovember month;
  private CountingJournal journal;

  @BeforeEach
  void start() {
    month = new OneResidentNovember(Duration.ofMillis(200));
    journal = new CountingJournal(ReceiptJournal.sqlite(folder.resolve("journal.db")));
  }

  @AfterEach
  void stop() throws Exception {
    journal.close();
    month.close();
  }

  private static FillRow row(List<FillRow> rows, UUID document) {
    return rows.stream().filter(row -> row.documentKey().equals(document)).findFirst().orElseThrow();
  }

  private static List<FillRow> fill(ReceiptRegistrar registrar) {
    try (Stream<FillRow> rows = registrar.fill(NOVEMBER, INN)) {
      return rows.toList();
    }
  }

  @Test
  void afterAStatusPassARejectedReceiptShowsItsErrorTextAndAFiscalizedOneItsNumbersAndCheckLink() {
    UUID fine = month.payment("РМ00-000001", LocalDate.of(2026, 11, 2));
    UUID rejected = month.payment("РМ00-000002", LocalDate.of(2026, 11, 3));
    ReceiptRegistrar registrar = month.registrar(journal);
    RunReport registered = registrar.register(NOVEMBER, INN);
    long rejectedId = registered.outcomes().stream().filter(outcome -> outcome.documentKey().equals(rejected))
        .findFirst().orElseThrow().receiptId().orElseThrow();
    month.sandboxes.schetmash.setState(rejectedId, 6, REJECTION);
    UUID unsent = month.payment("РМ00-000003", LocalDate.of(2026, 11, 4));
    month.sandboxes.schetmash.awaitProcessed(Duration.ofSeconds(10));

    registrar.checkStatuses(NOVEMBER, INN);
    journal.periodReads.set(0);
    List<FillRow> rows = fill(registrar);

    assertThat(journal.periodReads).as("one journal read for the whole fill").hasValue(1);
    assertThat(row(rows, rejected).receiptDetails()).hasValueSatisfying(details -> {
      assertThat(details.errorMessage()).contains(REJECTION);
      assertThat(details.fiscalNumbers()).isEmpty();
      assertThat(details.checkLink()).isEmpty();
    });
    assertThat(row(rows, fine).receiptDetails()).hasValueSatisfying(details -> {
      assertThat(details.errorMessage()).isEmpty();
      assertThat(details.fiscalizedAt()).contains(OneResidentNovember.NOW_THERE);
      assertThat(details.fiscalNumbers()).hasValueSatisfying(numbers ->
          assertThat(numbers.fnNumber()).isNotBlank());
      assertThat(details.checkLink()).hasValueSatisfying(link -> assertThat(link).contains("fn=")
          .contains("fp=").contains("s=1520.4"));
    });
    assertThat(row(rows, unsent).receiptDetails()).isEmpty();
  }

  @Test
  void anAuditRecordsTheDetailsOfTheReceiptsItAsksAbout() {
    UUID fine = month.payment("РМ00-000001", LocalDate.of(2026, 11, 2));
    ReceiptRegistrar registrar = month.registrar(journal);
    RunReport run = registrar.run(NOVEMBER, INN, Duration.ofSeconds(10));
    long receiptId = run.outcomes().get(0).receiptId().orElseThrow();
    journal.details(month.sandboxes.schetmash.shopId(), receiptId, Optional.empty(), Optional.empty());
    assertThat(row(fill(registrar), fine).receiptDetails().flatMap(ReceiptDetails::checkLink)).isEmpty();

    registrar.audit(NOVEMBER, INN);

    assertThat(row(fill(registrar), fine).receiptDetails().flatMap(ReceiptDetails::checkLink)).isPresent();
  }

  @Test
  void withoutAJournalNoRowHasDetails() {
    month.payment("РМ00-000001", LocalDate.of(2026, 11, 2));
    ReceiptRegistrar registrar = month.registrar(ReceiptJournal.none());
    registrar.run(NOVEMBER, INN, Duration.ofSeconds(10));

    assertThat(fill(registrar)).isNotEmpty().allSatisfy(row -> assertThat(row.receiptDetails()).isEmpty());
  }

  /** A journal that counts the reads of a period's receipts. */
  private static final class CountingJournal extends ForwardingJournal {
    final AtomicInteger periodReads = new AtomicInteger();

    CountingJournal(ReceiptJournal journal) {
      super(journal);
    }

    @Override
    public List<JournalEntry> byPaymentDate(UUID organizationKey, DateRange period) {
      periodReads.incrementAndGet();
      return super.byPaymentDate(organizationKey, period);
    }
  }
}
