package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receipt journal as the workflow writes and reads it, on both simulators and a real SQLite file. */
class JournalWorkflowTest {
  private static final String INN = "7701234567";
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final LocalDate PAID = LocalDate.of(2026, 11, 2);

  @TempDir
  Path folder;

  private SandboxFixture sandboxes;
  private ReceiptJournal journal;
  private UUID organization;
  private UUID payer;

  @BeforeEach
  void start() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(Duration.ZERO).start(),
        OnecSandbox.builder().start());
    journal = ReceiptJournal.sqlite(folder.resolve("journal.db"));
    organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    payer = sandboxes.onec.data().addNaturalPerson("Орлова Мария Ивановна", "orlova@example.ru", null);
  }

  @AfterEach
  void stop() throws Exception {
    journal.close();
    sandboxes.close();
  }

  private UUID payment(String number) {
    return sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization).number(number)
        .date(PAID.atTime(10, 0)).amount(new BigDecimal("1520.40")).naturalPerson(payer)
        .purpose("Оплата ЖКУ за октябрь 2026, л/с 10001").paymentOrder("307076", PAID).build());
  }

  private ReceiptRegistrar registrar(ReceiptJournal receiptJournal) {
    return sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient()).journal(receiptJournal).build();
  }

  private static DocumentOutcome outcome(RunReport report, UUID document) {
    return report.outcomes().stream().filter(o -> o.documentKey().equals(document)).findFirst().orElseThrow();
  }

  @Test
  void everyReceiptIsRecordedWithItsDocumentPaymentShopAndLatestStatus() {
    UUID document = payment("РМ00-000002");

    RunReport run = registrar(journal).run(NOVEMBER, INN, Duration.ofSeconds(20));

    long receipt = outcome(run, document).receiptId().orElseThrow();
    List<JournalEntry> entries = journal.byDocument(document);
    assertThat(entries).hasSize(1);
    JournalEntry entry = entries.get(0);
    assertThat(entry.externalId()).isEqualTo("1c-" + document);
    assertThat(entry.shopId()).isEqualTo(sandboxes.schetmash.shopId());
    assertThat(entry.receiptId()).hasValue(receipt);
    assertThat(entry.status()).contains("success");
    assertThat(entry.organization()).isEqualTo(organization);
    assertThat(entry.number()).isEqualTo("РМ00-000002");
    assertThat(entry.amount()).isEqualByComparingTo("1520.40");
    assertThat(entry.payerKey()).contains(payer);
    assertThat(entry.paymentOrderNumber()).contains("307076");
    assertThat(entry.paymentOrderDate()).contains(PAID);
    assertThat(entry.replaces()).isEmpty();
  }

  @Test
  void aReplacedReceiptThatTurnsSuccessAfterItsReissueIsFiscalizedTwiceForAuditAndStatus() throws Exception {
    UUID document = payment("РМ00-000002");
    long first = outcome(registrar(journal).register(NOVEMBER, INN), document).receiptId().orElseThrow();
    sandboxes.schetmash.setState(first, 6, "Сумма платежей меньше суммы чека");
    registrar(journal).checkStatuses(NOVEMBER, INN);
    long second = outcome(registrar(journal).reissue(NOVEMBER, INN, List.of("РМ00-000002")), document).receiptId()
        .orElseThrow();
    sandboxes.schetmash.setState(first, 4, null); // the "final" rejection was a cash-register error after all
    awaitSuccess(second);

    RunReport audit = registrar(journal).audit(NOVEMBER, INN);
    RunReport status = registrar(journal).checkStatuses(NOVEMBER, INN);
    RunReport auditWithoutJournal = registrar(ReceiptJournal.none()).audit(NOVEMBER, INN);

    assertThat(journal.byDocument(document)).extracting(JournalEntry::replaces)
        .containsExactly(OptionalLong.empty(), OptionalLong.of(first));
    for (RunReport report : List.of(audit, status)) {
      DocumentOutcome outcome = outcome(report, document);
      assertThat(outcome.action()).as(report.phase().toString()).isEqualTo(Action.MISMATCH);
      assertThat(outcome.reason())
          .contains(Reason.of(ReasonCode.FISCALIZED_TWICE, String.valueOf(first), String.valueOf(second)));
    }
    assertThat(outcome(auditWithoutJournal, document).action()).as("only the journal knows the first receipt")
        .isEqualTo(Action.ALREADY_SENT);
  }

  @Test
  void auditFlagsAChangedOperationKindAChangedPayerADeletedAndARedatedDocumentFromTheJournal() throws Exception {
    UUID unchanged = paidByOrder("РМ00-000001");
    UUID otherKind = paidByOrder("РМ00-000002");
    UUID otherPayer = paidByOrder("РМ00-000003");
    UUID deleted = paidByOrder("РМ00-000004");
    UUID redated = paidByOrder("РМ00-000005");
    UUID another = sandboxes.onec.data().addNaturalPerson("Орлов Пётр Ильич", "orlov@example.ru", null);
    Clock fixed = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    RunReport run = registrar(journal, fixed).run(NOVEMBER, INN, Duration.ofSeconds(20));
    Map<UUID, Long> receipts = new HashMap<>();
    for (UUID document : List.of(unchanged, otherKind, otherPayer, deleted, redated)) {
      receipts.put(document, outcome(run, document).receiptId().orElseThrow());
    }
    assertThat(journal.byDocument(otherKind).get(0).operationKind()).contains("ОплатаПокупателя");
    sandboxes.patchDocument(otherKind, "{\"ВидОперации\":\"ПрочееПоступление\"}");
    sandboxes.patchDocument(otherPayer, "{\"Контрагент\":\"" + another + "\",\"Контрагент_Type\":"
        + "\"StandardODATA.Catalog_ФизическиеЛица\"}");
    sandboxes.deleteDocument(deleted);
    sandboxes.patchDocument(redated, "{\"Date\":\"2026-12-03T10:00:00\"}");

    RunReport audit = registrar(journal, fixed).audit(NOVEMBER, INN);

    assertThat(outcome(audit, unchanged).action()).isEqualTo(Action.ALREADY_SENT);
    assertThat(outcome(audit, unchanged).reason()).isEmpty();
    assertThat(outcome(audit, otherKind).action()).isEqualTo(Action.MISMATCH);
    assertThat(outcome(audit, otherKind).reason()).contains(Reason.of(ReasonCode.OPERATION_KIND_CHANGED,
        String.valueOf(receipts.get(otherKind)), "ОплатаПокупателя", "ПрочееПоступление"));
    assertThat(outcome(audit, otherPayer).action()).isEqualTo(Action.MISMATCH);
    assertThat(outcome(audit, otherPayer).reason()).contains(Reason.of(ReasonCode.PAYER_CHANGED,
        String.valueOf(receipts.get(otherPayer)), payer.toString(), another.toString(), "Орлова Мария Ивановна"));
    DocumentOutcome gone = outcome(audit, deleted);
    assertThat(gone.action()).isEqualTo(Action.MISMATCH);
    assertThat(gone.number()).isEqualTo("РМ00-000004");
    assertThat(gone.receiptId()).hasValue(receipts.get(deleted));
    assertThat(gone.rawStatus()).contains("success");
    assertThat(gone.reason()).contains(Reason.of(ReasonCode.DOCUMENT_GONE, String.valueOf(receipts.get(deleted)),
        "РМ00-000004", PAID.toString()));
    DocumentOutcome moved = outcome(audit, redated);
    assertThat(moved.action()).isEqualTo(Action.MISMATCH);
    assertThat(moved.date().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(moved.reason()).contains(Reason.of(ReasonCode.DOCUMENT_REDATED,
        String.valueOf(receipts.get(redated)), PAID.toString(), "2026-12-03"));
    assertThat(audit.outcomes()).hasSize(5);

    RunReport december = registrar(journal, fixed).audit(DateRange.of(LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 12, 31)), INN);
    assertThat(december.outcomes()).extracting(DocumentOutcome::documentKey).containsExactly(redated);
    assertThat(outcome(december, redated).action()).as("audited as a document of its new period")
        .isEqualTo(Action.ALREADY_SENT);
    assertThat(registrar(ReceiptJournal.none(), fixed).audit(NOVEMBER, INN).outcomes())
        .as("without the journal the deleted and re-dated documents drop out").hasSize(3);
  }

  /** A payment of its own payment order, so that the documents of one payer and day are no duplicates. */
  private UUID paidByOrder(String number) {
    return sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization).number(number)
        .date(PAID.atTime(10, 0)).amount(new BigDecimal("1520.40")).naturalPerson(payer)
        .purpose("Оплата ЖКУ за октябрь 2026, л/с 10001").paymentOrder("4" + number.substring(5), PAID).build());
  }

  private ReceiptRegistrar registrar(ReceiptJournal receiptJournal, Clock clock) {
    return sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient()).journal(receiptJournal)
        .clock(clock).build();
  }

  private void awaitSuccess(long receiptId) throws InterruptedException {
    for (int i = 0; i < 100
        && !"success".equals(sandboxes.schetmash.receipt(receiptId).orElseThrow().reportedStatus());
        i++) {
      Thread.sleep(20);
    }
  }

  @Test
  void aCopyOfAPaymentWhoseDocumentIsGoneFrom1cIsKnownFromTheJournal() {
    UUID original = payment("РМ00-000002");
    long receipt = outcome(registrar(journal).register(NOVEMBER, INN), original).receiptId().orElseThrow();
    sandboxes.deleteDocument(original);
    UUID copy = payment("РМ00-000153");

    RunReport again = registrar(journal).register(NOVEMBER, INN);

    assertThat(outcome(again, copy).reason()).contains(Reason.of(ReasonCode.POSSIBLE_DUPLICATE, "РМ00-000002",
        "2026-11-02", String.valueOf(receipt), "FROM_JOURNAL", "307076", "2026-11-02"));
    assertThat(sandboxes.schetmash.receipts()).extracting(SchetmashSandboxReceipt::externalId)
        .containsExactly("1c-" + original);
  }

  @Test
  void withoutAJournalSuchACopyCannotBeRecognisedAndIsSent() {
    UUID original = payment("РМ00-000002");
    registrar(ReceiptJournal.none()).register(NOVEMBER, INN);
    sandboxes.deleteDocument(original);
    UUID copy = payment("РМ00-000153");

    RunReport again = registrar(ReceiptJournal.none()).register(NOVEMBER, INN);

    assertThat(outcome(again, copy).action()).as("the reason the journal exists").isEqualTo(Action.SENT);
  }

  @Test
  void anOperatorsNotDuplicateIsRecordedAndTheDocumentSent() throws Exception {
    payment("РМ00-000002");
    UUID second = payment("РМ00-000003");
    registrar(journal).register(NOVEMBER, INN);

    RunReport confirmed = registrar(journal).register(NOVEMBER, INN, List.of("РМ00-000003"));

    assertThat(outcome(confirmed, second).action()).isEqualTo(Action.SENT);
    assertThat(journal.byDocument(second)).singleElement()
        .satisfies(entry -> assertThat(entry.receiptId()).isPresent());
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("journal.db"));
        var statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT number, event FROM events")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("РМ00-000003");
      assertThat(rows.getString(2)).isEqualTo("NOT_DUPLICATE");
    }
  }

  @Test
  void aJournalThatCannotBeWrittenStopsThePassBeforeAnythingIsSent() {
    payment("РМ00-000002");
    ReceiptJournal broken = new ForwardingJournal(journal) {
      @Override
      public void checkWritable() {
        throw new JournalException("The receipt journal /full/disk.db cannot be written: disk full", null);
      }
    };

    assertThatThrownBy(() -> registrar(broken).register(NOVEMBER, INN)).isInstanceOf(JournalException.class)
        .hasMessageContaining("/full/disk.db");
    assertThat(sandboxes.schetmash.receipts()).isEmpty();
  }

  @Test
  void aJournalWriteThatFailsMidRunStopsItAndSendsNoReceiptWithoutItsTrace() {
    payment("РМ00-000002");
    payment("РМ00-000009");
    ReceiptJournal failing = new ForwardingJournal(journal) {
      @Override
      public void sending(JournalEntry entry) {
        throw new JournalException("Cannot record a receipt in the receipt journal x.db: disk I/O error", null);
      }
    };

    assertThatThrownBy(() -> registrar(failing).register(NOVEMBER, INN)).isInstanceOf(RunAbortedException.class)
        .hasCauseInstanceOf(JournalException.class);
    assertThat(sandboxes.schetmash.receipts()).isEmpty();
  }
}
