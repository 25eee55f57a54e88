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
  private static final String INN = "7701234567";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final LocalDateTime NOW_THERE = LocalDateTime.of(2026, 11, 6, 12, 0);
  private static final Clock NOW = Clock.fixed(NOW_THERE.atZone(MOSCOW).toInstant(), MOSCOW);
  private static final String REJECTION = "Сумма платежей меньше суммы чека";

  @TempDir
  Path folder;

  private SandboxFixture sandboxes;
  private CountingJournal journal;
  private UUID organization;
  private UUID payer;

  @BeforeEach
  void start() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().clock(NOW).processingDelay(Duration.ofMillis(200))
        .start(), OnecSandbox.builder().start());
    journal = new CountingJournal(ReceiptJournal.sqlite(folder.resolve("journal.db")));
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
    UUID fine = payment("РМ00-000001", LocalDate.of(2026, 11, 2));
    UUID rejected = payment("РМ00-000002", LocalDate.of(2026, 11, 3));
    ReceiptRegistrar registrar = registrar(journal);
    RunReport registered = registrar.register(NOVEMBER, INN);
    long rejectedId = registered.outcomes().stream().filter(outcome -> outcome.documentKey().equals(rejected))
        .findFirst().orElseThrow().receiptId().orElseThrow();
    sandboxes.schetmash.setState(rejectedId, 6, REJECTION);
    UUID unsent = payment("РМ00-000003", LocalDate.of(2026, 11, 4));
    sandboxes.schetmash.awaitProcessed(Duration.ofSeconds(10));

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
      assertThat(details.fiscalizedAt()).contains(NOW_THERE);
      assertThat(details.fiscalNumbers()).hasValueSatisfying(numbers ->
          assertThat(numbers.fnNumber()).isNotBlank());
      assertThat(details.checkLink()).hasValueSatisfying(link -> assertThat(link).contains("fn=")
          .contains("fp=").contains("s=1520.4"));
    });
    assertThat(row(rows, unsent).receiptDetails()).isEmpty();
  }

  @Test
  void anAuditRecordsTheDetailsOfTheReceiptsItAsksAbout() {
    UUID fine = payment("РМ00-000001", LocalDate.of(2026, 11, 2));
    ReceiptRegistrar registrar = registrar(journal);
    RunReport run = registrar.run(NOVEMBER, INN, Duration.ofSeconds(10));
    long receiptId = run.outcomes().get(0).receiptId().orElseThrow();
    journal.details(sandboxes.schetmash.shopId(), receiptId, Optional.empty(), Optional.empty());
    assertThat(row(fill(registrar), fine).receiptDetails().flatMap(ReceiptDetails::checkLink)).isEmpty();

    registrar.audit(NOVEMBER, INN);

    assertThat(row(fill(registrar), fine).receiptDetails().flatMap(ReceiptDetails::checkLink)).isPresent();
  }

  @Test
  void withoutAJournalNoRowHasDetails() {
    payment("РМ00-000001", LocalDate.of(2026, 11, 2));
    ReceiptRegistrar registrar = registrar(ReceiptJournal.none());
    registrar.run(NOVEMBER, INN, Duration.ofSeconds(10));

    assertThat(fill(registrar)).isNotEmpty().allSatisfy(row -> assertThat(row.receiptDetails()).isEmpty());
  }

  /** A journal that counts the reads of a period's receipts. */
  private static final class CountingJournal implements ReceiptJournal {
    private final ReceiptJournal journal;
    final AtomicInteger periodReads = new AtomicInteger();

    CountingJournal(ReceiptJournal journal) {
      this.journal = journal;
    }

    @Override
    public String location() {
      return journal.location();
    }

    @Override
    public void checkWritable() {
      journal.checkWritable();
    }

    @Override
    public void sending(JournalEntry entry) {
      journal.sending(entry);
    }

    @Override
    public void sent(long shopId, String externalId, long receiptId, String status, java.time.Instant at) {
      journal.sent(shopId, externalId, receiptId, status, at);
    }

    @Override
    public void status(long shopId, long receiptId, String status, java.time.Instant at) {
      journal.status(shopId, receiptId, status, at);
    }

    @Override
    public void fiscalized(long shopId, long receiptId, LocalDateTime fiscalizedAt, FiscalNumbers numbers) {
      journal.fiscalized(shopId, receiptId, fiscalizedAt, numbers);
    }

    @Override
    public void details(long shopId, long receiptId, Optional<String> errorMessage, Optional<String> checkLink) {
      journal.details(shopId, receiptId, errorMessage, checkLink);
    }

    @Override
    public void notDuplicate(UUID organizationKey, UUID document, String number, java.time.Instant at) {
      journal.notDuplicate(organizationKey, document, number, at);
    }

    @Override
    public void receiptIdConflict(UUID organizationKey, UUID document, String number, long savedId, long sentId,
        java.time.Instant at) {
      journal.receiptIdConflict(organizationKey, document, number, savedId, sentId, at);
    }

    @Override
    public List<JournalEntry> byPaymentKey(UUID organizationKey, String paymentKey) {
      return journal.byPaymentKey(organizationKey, paymentKey);
    }

    @Override
    public List<JournalEntry> byDocument(UUID document) {
      return journal.byDocument(document);
    }

    @Override
    public List<JournalEntry> byPaymentDate(UUID organizationKey, DateRange period) {
      periodReads.incrementAndGet();
      return journal.byPaymentDate(organizationKey, period);
    }

    @Override
    public void close() {
      journal.close();
    }
  }
}
