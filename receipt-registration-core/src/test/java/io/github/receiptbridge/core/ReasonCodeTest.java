package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@link ReasonCode} is produced by the workflow, each with the arguments its constant documents, in that
 * order: what an application that renders reasons in its own words relies on. On in-memory ports.
 */
class ReasonCodeTest {
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final String INN = MemoryLedger.INN;

  @TempDir
  Path folder;

  private final MemoryLedger ledger = new MemoryLedger(ZoneOffset.ofHours(3));
  private final MemoryFiscalService fiscal = new MemoryFiscalService();
  private final Payer resident = ledger.add(Payer.builder().ref(PayerRef.of(UUID.randomUUID())).name("Орлова М. И.")
      .kind(PayerKind.PERSON).addEmails("orlova@example.ru").build());
  private int day;

  /** A customer's payment of {@code amount} by the resident, on a day of its own. */
  private PaymentDocument.Builder payment(String number, String amount) {
    day++;
    return PaymentDocument.builder().key(UUID.randomUUID()).organizationKey(ledger.organization.key()).number(number)
        .date(LocalDateTime.of(2026, 11, day, 10, 0)).amount(new BigDecimal(amount)).paymentPurpose("ЖКУ, л/с " + day)
        .kind(PaymentKind.CUSTOMER_PAYMENT).payer(resident.ref());
  }

  private UUID add(PaymentDocument.Builder document) {
    return ledger.add(document.build()).key();
  }

  private ReceiptRegistrar registrar(ReceiptJournal journal) {
    return ReceiptRegistrar.builder().ledger(ledger).fiscalService(fiscal).journal(journal).build();
  }

  private ReceiptRegistrar registrar() {
    return registrar(ReceiptJournal.none());
  }

  private static Reason reasonOf(RunReport report, UUID document) {
    return report.outcomes().stream().filter(outcome -> outcome.documentKey().equals(document)).findFirst()
        .flatMap(DocumentOutcome::reason).orElseThrow(() -> new AssertionError("no reason for " + document));
  }

  /** The skips of a register pass: one document for each reason a document is not sent. */
  private Map<ReasonCode, Reason> skipsOfAPass() {
    UUID statusOnly = add(payment("1", "100.00"));
    ledger.setState(statusOnly, SavedState.builder().rawStatus("error").build());
    UUID deleted = add(payment("2", "100.00").deletionMark(true));
    UUID unposted = add(payment("3", "100.00").posted(false));
    UUID interest = add(payment("4", "100.00").kind(PaymentKind.OTHER_INCOME));
    Payer company = ledger.add(Payer.builder().ref(PayerRef.of(UUID.randomUUID())).name("ООО Продукты")
        .kind(PayerKind.ORGANIZATION).addEmails("buh@produkty.ru").build());
    UUID fromCompany = add(payment("5", "100.00").payer(company.ref()));
    UUID zero = add(payment("6", "0"));
    UUID kopeckFraction = add(payment("7", "1.005"));
    Payer unreachable = ledger.add(Payer.builder().ref(PayerRef.of(UUID.randomUUID())).name("Орлов П.")
        .addEmails("нет").addPhones("8 (495) 123-45-67").build());
    UUID noContact = add(payment("8", "100.00").payer(unreachable.ref()));
    fiscal.rejecting(draft -> draft.amount().compareTo(new BigDecimal("13.13")) == 0);
    UUID invalid = add(payment("9", "13.13"));
    UUID original = add(payment("10", "250.00").incomingNumber("307076").incomingDate(LocalDate.of(2026, 11, 9)));
    UUID copy = add(payment("11", "250.00").date(LocalDateTime.of(2026, 11, day, 11, 0)).incomingNumber("307076")
        .incomingDate(LocalDate.of(2026, 11, 9)));
    UUID unknownId = add(payment("12", "100.00"));
    ledger.setState(unknownId, SavedState.builder().receiptId(999L).build());

    RunReport report = registrar().register(NOVEMBER, INN);

    assertThat(fiscal.receiptOf("1c-" + original)).isPresent();
    Map<ReasonCode, Reason> produced = new EnumMap<>(ReasonCode.class);
    for (UUID document : List.of(statusOnly, deleted, unposted, interest, fromCompany, zero, kopeckFraction,
        noContact, invalid, copy, unknownId)) {
      Reason reason = reasonOf(report, document);
      produced.put(reason.code(), reason);
    }
    return produced;
  }

  @Test
  void theSkipsOfAPassCarryTheirDocumentedArguments() {
    Map<ReasonCode, Reason> produced = skipsOfAPass();

    assertThat(produced).containsOnly(
        Map.entry(ReasonCode.STATUS_WITHOUT_ID, Reason.of(ReasonCode.STATUS_WITHOUT_ID, "error")),
        Map.entry(ReasonCode.MARKED_FOR_DELETION, Reason.of(ReasonCode.MARKED_FOR_DELETION)),
        Map.entry(ReasonCode.NOT_POSTED, Reason.of(ReasonCode.NOT_POSTED)),
        Map.entry(ReasonCode.OPERATION_KIND,
            Reason.of(ReasonCode.OPERATION_KIND, "ПрочееПоступление", "ОплатаПокупателя")),
        Map.entry(ReasonCode.ORGANIZATION_PAYER, Reason.of(ReasonCode.ORGANIZATION_PAYER)),
        Map.entry(ReasonCode.AMOUNT_NOT_POSITIVE, Reason.of(ReasonCode.AMOUNT_NOT_POSITIVE, "0")),
        Map.entry(ReasonCode.AMOUNT_NOT_SENDABLE,
            Reason.of(ReasonCode.AMOUNT_NOT_SENDABLE, "1.005", "9999999999.99")),
        Map.entry(ReasonCode.NO_CONTACT, Reason.of(ReasonCode.NO_CONTACT, "NONE_VALID", "1", "1", "LANDLINE")),
        Map.entry(ReasonCode.RECEIPT_INVALID, Reason.of(ReasonCode.RECEIPT_INVALID, "Неверная сумма")),
        Map.entry(ReasonCode.POSSIBLE_DUPLICATE, Reason.of(ReasonCode.POSSIBLE_DUPLICATE, "10", "2026-11-10", "", "",
            "307076", "2026-11-09")),
        Map.entry(ReasonCode.RECEIPT_ID_UNKNOWN, Reason.of(ReasonCode.RECEIPT_ID_UNKNOWN, "999")));
  }

  /** The mismatches an audit finds after the books changed, and the receipt id a write-back found meanwhile. */
  private Map<ReasonCode, Reason> mismatches() {
    UUID changed = add(payment("1", "1520.40"));
    UUID deleted = add(payment("2", "700"));
    UUID unposted = add(payment("3", "455.00"));
    UUID conflicting = add(payment("4", "310.15"));
    fiscal.afterEachRegistration(draft -> {
      if (draft.externalId().equals("1c-" + conflicting)) {
        ledger.setState(conflicting, SavedState.builder().receiptId(777L).build());
      }
    });
    RunReport register = registrar().register(NOVEMBER, INN);
    fiscal.succeedAll();
    ledger.change(changed, document -> document.withAmount(new BigDecimal("15204")));
    ledger.change(deleted, document -> document.withDeletionMark(true));
    ledger.change(unposted, document -> document.withPosted(false));

    RunReport audit = registrar().audit(NOVEMBER, INN);

    Map<ReasonCode, Reason> produced = new EnumMap<>(ReasonCode.class);
    for (UUID document : List.of(changed, deleted, unposted)) {
      Reason reason = reasonOf(audit, document);
      produced.put(reason.code(), reason);
    }
    Reason conflict = reasonOf(register, conflicting);
    produced.put(conflict.code(), conflict);
    return produced;
  }

  @Test
  void mismatchesCarryTheReceiptItsTotalAndTheAmount() {
    Map<ReasonCode, Reason> produced = mismatches();

    long changed = ledger.state(findKey("1")).receiptId().orElseThrow();
    long deleted = ledger.state(findKey("2")).receiptId().orElseThrow();
    long unposted = ledger.state(findKey("3")).receiptId().orElseThrow();
    long sent = fiscal.receiptOf("1c-" + findKey("4")).orElseThrow();
    assertThat(produced).containsOnly(
        Map.entry(ReasonCode.AMOUNT_CHANGED,
            Reason.of(ReasonCode.AMOUNT_CHANGED, String.valueOf(changed), "1520.40", "15204.00")),
        Map.entry(ReasonCode.DELETED_AFTER_RECEIPT,
            Reason.of(ReasonCode.DELETED_AFTER_RECEIPT, String.valueOf(deleted), "700.00", "700.00")),
        Map.entry(ReasonCode.UNPOSTED_AFTER_RECEIPT,
            Reason.of(ReasonCode.UNPOSTED_AFTER_RECEIPT, String.valueOf(unposted), "455.00", "455.00")),
        Map.entry(ReasonCode.RECEIPT_ID_CONFLICT,
            Reason.of(ReasonCode.RECEIPT_ID_CONFLICT, String.valueOf(sent), "777")));
  }

  /**
   * The mismatches an audit finds from the receipt journal: a document whose operation kind or payer changed after
   * its receipt, one deleted for good and one re-dated out of the period.
   */
  private Map<ReasonCode, Reason> basisChanges() {
    UUID otherKind = add(payment("1", "100.00"));
    UUID otherPayer = add(payment("2", "200.00"));
    UUID gone = add(payment("3", "300.00"));
    UUID redated = add(payment("4", "400.00"));
    try (ReceiptJournal journal = ReceiptJournal.sqlite(folder.resolve("journal.db"))) {
      registrar(journal).register(NOVEMBER, INN);
      fiscal.succeedAll();
      ledger.change(otherKind, document -> document.withKind(PaymentKind.OTHER_INCOME)
          .withOperationKind(PaymentKind.OTHER_INCOME.ledgerName()));
      Payer another = ledger.add(Payer.builder().ref(PayerRef.of(UUID.randomUUID())).name("Орлов П.")
          .kind(PayerKind.PERSON).addEmails("orlov@example.ru").build());
      ledger.change(otherPayer, document -> document.withPayer(another.ref()));
      ledger.remove(gone);
      ledger.change(redated, document -> document.withDate(LocalDateTime.of(2026, 12, 1, 9, 0)));

      RunReport audit = registrar(journal).audit(NOVEMBER, INN);

      Map<ReasonCode, Reason> produced = new EnumMap<>(ReasonCode.class);
      for (UUID document : List.of(otherKind, otherPayer, gone, redated)) {
        Reason reason = reasonOf(audit, document);
        produced.put(reason.code(), reason);
      }
      return produced;
    }
  }

  @Test
  void mismatchesFromTheJournalCarryTheReceiptWhatItWasAndWhatItIs() {
    UUID payer = resident.ref().key();
    Map<ReasonCode, Reason> produced = basisChanges();

    long otherKind = fiscal.receiptOf("1c-" + findKey("1")).orElseThrow();
    long otherPayer = fiscal.receiptOf("1c-" + findKey("2")).orElseThrow();
    UUID anotherPayer = ledger.payment(findKey("2")).orElseThrow().payer().orElseThrow().key();
    long redated = ledger.state(ledger.payments(ledger.organization.key(), DateRange.of(LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 12, 1))).findFirst().orElseThrow().key()).receiptId().orElseThrow();
    assertThat(produced).hasSize(4).contains(
        Map.entry(ReasonCode.OPERATION_KIND_CHANGED, Reason.of(ReasonCode.OPERATION_KIND_CHANGED,
            String.valueOf(otherKind), "ОплатаПокупателя", "ПрочееПоступление")),
        Map.entry(ReasonCode.PAYER_CHANGED, Reason.of(ReasonCode.PAYER_CHANGED, String.valueOf(otherPayer),
            payer.toString(), anotherPayer.toString(), "Орлова М. И.")),
        Map.entry(ReasonCode.DOCUMENT_REDATED, Reason.of(ReasonCode.DOCUMENT_REDATED, String.valueOf(redated),
            "2026-11-04", "2026-12-01")));
    Reason gone = produced.get(ReasonCode.DOCUMENT_GONE);
    assertThat(gone.arguments()).hasSize(3);
    assertThat(gone.arguments().subList(1, 3)).containsExactly("3", "2026-11-03");
  }

  private UUID findKey(String number) {
    try (var documents = ledger.payments(ledger.organization.key(), NOVEMBER)) {
      return documents.filter(document -> document.number().equals(number)).findFirst().orElseThrow().key();
    }
  }

  /**
   * A re-issue of a rejected receipt, a refused re-issue of a document without one, and the rejected receipt turning
   * {@code success} after all, which only the journal tells.
   */
  private Map<ReasonCode, Reason> reissues() {
    UUID rejected = add(payment("1", "980.00"));
    UUID unsent = add(payment("2", "100.00").posted(false));
    try (ReceiptJournal journal = ReceiptJournal.sqlite(folder.resolve("journal.db"))) {
      registrar(journal).register(NOVEMBER, INN);
      long first = ledger.state(rejected).receiptId().orElseThrow();
      fiscal.reject(first, "Сумма платежей меньше суммы чека");
      registrar(journal).checkStatuses(NOVEMBER, INN);
      RunReport reissue = registrar(journal).reissue(NOVEMBER, INN, List.of("1", "2"));
      fiscal.succeedAll();
      RunReport audit = registrar(journal).audit(NOVEMBER, INN);

      Map<ReasonCode, Reason> produced = new EnumMap<>(ReasonCode.class);
      for (Reason reason : List.of(reasonOf(reissue, rejected), reasonOf(reissue, unsent), reasonOf(audit, rejected))) {
        produced.put(reason.code(), reason);
      }
      return produced;
    }
  }

  @Test
  void reissuesCarryTheRejectedReceiptAndARefusalItsCause() {
    Map<ReasonCode, Reason> produced = reissues();

    long first = fiscal.receiptOf("1c-" + findKey("1")).orElseThrow();
    long second = fiscal.receiptOf("1c-" + findKey("1") + "-r" + first).orElseThrow();
    assertThat(produced).containsOnly(
        Map.entry(ReasonCode.REISSUED,
            Reason.of(ReasonCode.REISSUED, String.valueOf(first), "Сумма платежей меньше суммы чека")),
        Map.entry(ReasonCode.NOT_REISSUED, Reason.of(ReasonCode.NOT_REISSUED, "", "", "NOT_POSTED")),
        Map.entry(ReasonCode.FISCALIZED_TWICE,
            Reason.of(ReasonCode.FISCALIZED_TWICE, String.valueOf(first), String.valueOf(second))));
  }

  @Test
  void everyReasonCodeIsProducedBySomeCase() {
    EnumSet<ReasonCode> produced = EnumSet.noneOf(ReasonCode.class);
    produced.addAll(skipsOfAPass().keySet());
    produced.addAll(new ReasonCodeTest().withFolder(folder.resolve("mismatches")).mismatches().keySet());
    produced.addAll(new ReasonCodeTest().withFolder(folder.resolve("reissues")).reissues().keySet());
    produced.addAll(new ReasonCodeTest().withFolder(folder.resolve("basis")).basisChanges().keySet());
    // produced, each with its documented arguments, by the refund cases of RefundEndToEndTest
    produced.addAll(EnumSet.of(ReasonCode.REFUND_ALREADY_SENT, ReasonCode.REFUND_PAYMENT_NOT_FISCALIZED,
        ReasonCode.REFUND_OVER_REMAINDER, ReasonCode.REFUND_OTHER_PAYMENT));
    // produced, each with its documented arguments, by the correction cases of CorrectionEndToEndTest
    produced.addAll(EnumSet.of(ReasonCode.CORRECTED, ReasonCode.NOT_CORRECTED, ReasonCode.CORRECTION_NEEDS_REFUND));

    assertThat(produced).as("a code no case produces is undocumented or dead").containsExactlyInAnyOrder(
        ReasonCode.values());
  }

  private ReasonCodeTest withFolder(Path path) {
    this.folder = path;
    return this;
  }
}
