package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.BankWithdrawalSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refund receipts ({@code sell_refund}) end to end, on both simulators, a fixed clock and a SQLite journal. */
class RefundEndToEndTest {
  private static final String INN = "7701234567";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final DateRange DECEMBER = DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
  private static final Clock NOW = Clock.fixed(LocalDateTime.of(2026, 12, 20, 12, 0).atZone(MOSCOW).toInstant(),
      MOSCOW);

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

  private UUID payment(String number, String amount, int day) {
    return sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization).number(number)
        .date(LocalDate.of(2026, 11, day).atTime(10, 0)).amount(new BigDecimal(amount)).naturalPerson(payer)
        .purpose("Оплата ЖКУ, л/с 10001").paymentOrder("30" + day, LocalDate.of(2026, 11, day)).build());
  }

  private BankWithdrawalSeed.Builder refundSeed(String number, String amount) {
    return BankWithdrawalSeed.builder().organization(organization).number(number)
        .date(LocalDateTime.of(2026, 12, 10, 11, 0)).amount(new BigDecimal(amount))
        .operationKind(BankWithdrawalSeed.REFUND_TO_PAYER).naturalPerson(payer).purpose("Возврат переплаты");
  }

  private ReceiptRegistrar registrar() {
    return sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient()).journal(journal).clock(NOW)
        .serverZone(MOSCOW).build();
  }

  /** Registers the November payments and waits until their receipts are {@code success} in 1C. */
  private void fiscalizeNovember() {
    RunReport run = registrar().run(NOVEMBER, INN, Duration.ofSeconds(20));
    assertThat(run.outcomes()).allSatisfy(outcome -> assertThat(outcome.rawStatus()).contains("success"));
  }

  private static DocumentOutcome only(RunReport report) {
    assertThat(report.phase()).isEqualTo(Phase.REFUND);
    assertThat(report.outcomes()).hasSize(1);
    return report.outcomes().get(0);
  }

  private List<SchetmashSandboxReceipt> refundReceipts() {
    return sandboxes.schetmash.receipts().stream().filter(receipt -> "sell_refund".equals(receipt.operation()))
        .toList();
  }

  @Test
  void partThenTheRestThenAThirdRefundIsRefusedOverTheRemainder() {
    UUID paid = payment("РМ00-000002", "1520.40", 2);
    fiscalizeNovember();
    UUID first = sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000041", "1000.00")
        .basisBankReceipt(paid).build());
    UUID second = sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000042", "520.40")
        .settlementBankReceipt(paid).build());
    UUID third = sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000043", "0.01").build());

    DocumentOutcome one = only(registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002"));
    DocumentOutcome two = only(registrar().refund(DECEMBER, INN, "0000-000042", "РМ00-000002"));
    DocumentOutcome three = only(registrar().refund(DECEMBER, INN, "0000-000043", "РМ00-000002"));

    assertThat(one.action()).isEqualTo(Action.SENT);
    assertThat(one.externalId()).isEqualTo("1c-" + first + "-refund");
    assertThat(two.action()).isEqualTo(Action.SENT);
    assertThat(three.action()).isEqualTo(Action.SKIPPED);
    assertThat(three.reason()).contains(Reason.of(ReasonCode.REFUND_OVER_REMAINDER, "0.01", "1520.40", "1520.40",
        "0.00"));
    assertThat(refundReceipts()).extracting(SchetmashSandboxReceipt::externalId)
        .containsExactlyInAnyOrder("1c-" + first + "-refund", "1c-" + second + "-refund");
    SchetmashSandboxReceipt receipt = sandboxes.schetmash.receipt(one.receiptId().orElseThrow()).orElseThrow();
    assertThat(receipt.externalId()).isEqualTo("1c-" + first + "-refund");
    assertThat(sandboxes.onec.data().additionalInfo(first, SandboxFixture.RECEIPT_ID))
        .contains(String.valueOf(one.receiptId().orElseThrow()));
    assertThat(sandboxes.onec.data().additionalInfo(first, SandboxFixture.STATUS)).contains("accept");
    assertThat(sandboxes.onec.data().additionalInfo(third, SandboxFixture.RECEIPT_ID)).isEmpty();
    assertThat(journal.byDocument(first)).singleElement()
        .satisfies(entry -> assertThat(entry.receiptId()).isEqualTo(one.receiptId()));

    List<RefundRow> listed = registrar().refunds(DECEMBER, INN);
    assertThat(listed).extracting(row -> row.refund().number())
        .containsExactly("0000-000041", "0000-000042", "0000-000043");
    RefundRow thirdRow = listed.get(2);
    assertThat(thirdRow.match()).isEqualTo(RefundMatch.LIKELY);
    assertThat(thirdRow.paymentKey()).contains(paid);
    assertThat(thirdRow.refunded()).isEqualByComparingTo("1520.40");
    assertThat(thirdRow.refundable()).hasValueSatisfying(left -> assertThat(left).isEqualByComparingTo("0"));
    assertThat(listed.get(0).savedState().receiptId()).isEqualTo(one.receiptId());
  }

  @Test
  void aRefundOfAPaymentWithoutAReceiptIsRefused() {
    payment("РМ00-000002", "1520.40", 2);
    sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000041", "100.00").build());

    DocumentOutcome outcome = only(registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002"));

    assertThat(outcome.action()).isEqualTo(Action.SKIPPED);
    assertThat(outcome.reason()).contains(Reason.of(ReasonCode.REFUND_PAYMENT_NOT_FISCALIZED, "РМ00-000002", "", ""));
    assertThat(refundReceipts()).isEmpty();
  }

  @Test
  void aRefundDocumentThatHasAReceiptIdIsNeverSentAgain() {
    payment("РМ00-000002", "1520.40", 2);
    fiscalizeNovember();
    UUID refund = sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000041", "100.00").build());
    sandboxes.onec.data().setAdditionalInfo(refund, SandboxFixture.RECEIPT_ID, "777", "Edm.Double");

    DocumentOutcome outcome = only(registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002"));

    assertThat(outcome.action()).isEqualTo(Action.SKIPPED);
    assertThat(outcome.reason()).contains(Reason.of(ReasonCode.RECEIPT_ID_UNKNOWN, "777"));
    assertThat(refundReceipts()).isEmpty();
  }

  @Test
  void aRefundSentButNotWrittenBackIsCompletedByTheRepeatWithoutASecondReceipt() {
    payment("РМ00-000002", "1520.40", 2);
    fiscalizeNovember();
    UUID refund = sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000041", "100.00").build());
    sandboxes.onec.behavior().failNextWritesOf(SandboxFixture.RECEIPT_ID, 20);

    DocumentOutcome crashed = only(registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002"));
    sandboxes.onec.behavior().reset();
    DocumentOutcome repeated = only(registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002"));
    DocumentOutcome third = only(registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002"));

    assertThat(crashed.action()).isEqualTo(Action.FAILED);
    assertThat(crashed.receiptId()).isPresent();
    assertThat(repeated.action()).isEqualTo(Action.SENT);
    assertThat(repeated.receiptId()).isEqualTo(crashed.receiptId());
    assertThat(refundReceipts()).singleElement()
        .satisfies(receipt -> assertThat(receipt.externalId()).isEqualTo("1c-" + refund + "-refund"));
    assertThat(sandboxes.onec.data().additionalInfo(refund, SandboxFixture.RECEIPT_ID))
        .contains(String.valueOf(crashed.receiptId().orElseThrow()));
    assertThat(third.action()).as("the saved id now refuses it; its status is asked and written")
        .isEqualTo(Action.UPDATED);
    assertThat(third.reasonCode()).contains(ReasonCode.REFUND_ALREADY_SENT);
    assertThat(sandboxes.onec.data().additionalInfo(refund, SandboxFixture.STATUS)).contains("success");
    assertThat(refundReceipts()).hasSize(1);
  }

  @Test
  void aRefundWhoseStatusWriteFailsIsCompletedByAskingTheService() {
    payment("РМ00-000002", "1520.40", 2);
    fiscalizeNovember();
    UUID refund = sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000041", "100.00").build());
    sandboxes.onec.behavior().failNextWritesOf(SandboxFixture.STATUS, 20);

    DocumentOutcome crashed = only(registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002"));
    sandboxes.onec.behavior().reset();
    DocumentOutcome repeated = only(registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002"));

    assertThat(crashed.action()).isEqualTo(Action.FAILED);
    assertThat(repeated.action()).isEqualTo(Action.UPDATED);
    assertThat(repeated.reason()).contains(Reason.of(ReasonCode.REFUND_ALREADY_SENT,
        String.valueOf(crashed.receiptId().orElseThrow()), "success"));
    assertThat(refundReceipts()).hasSize(1);
    assertThat(sandboxes.onec.data().additionalInfo(refund, SandboxFixture.STATUS)).contains("success");
  }

  @Test
  void theMatchingRuleNamedByBasisBySettlementRowLikelyAndNone() {
    UUID big = payment("РМ00-000002", "1520.40", 2);
    UUID small = payment("РМ00-000003", "300.00", 5);
    UUID other = payment("РМ00-000004", "999.00", 6);
    fiscalizeNovember();
    sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000041", "100.00").basisBankReceipt(big).build());
    sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000042", "100.00").settlementBankReceipt(small).build());
    sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000043", "1000.00").build());
    sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000044", "5000.00").build());
    UUID stranger = sandboxes.onec.data().addNaturalPerson("Петров Пётр", "petrov@example.ru", null);
    sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000045", "10.00").naturalPerson(stranger).build());
    sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000046", "10.00")
        .operationKind(BankWithdrawalSeed.SUPPLIER_PAYMENT).build());

    List<RefundRow> rows = registrar().refunds(DECEMBER, INN);

    assertThat(rows).extracting(row -> row.refund().number(), RefundRow::match, RefundRow::paymentKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("0000-000041", RefundMatch.NAMED, java.util.Optional.of(big)),
            org.assertj.core.groups.Tuple.tuple("0000-000042", RefundMatch.NAMED, java.util.Optional.of(small)),
            org.assertj.core.groups.Tuple.tuple("0000-000043", RefundMatch.LIKELY, java.util.Optional.of(big)),
            org.assertj.core.groups.Tuple.tuple("0000-000044", RefundMatch.NONE, java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("0000-000045", RefundMatch.NONE, java.util.Optional.empty()));
    assertThat(rows.get(0).paymentReceiptId()).isPresent();
    assertThat(rows.get(0).paymentReceiptStatus()).contains("success");
    assertThat(rows.get(0).refundable()).hasValueSatisfying(left -> assertThat(left).isEqualByComparingTo("1520.40"));
    assertThat(other).isNotNull();
  }

  @Test
  void aPaymentTheRefundDoesNotNameIsRefusedAndNothingIsSentWithoutAJournal() {
    UUID big = payment("РМ00-000002", "1520.40", 2);
    payment("РМ00-000003", "300.00", 5);
    fiscalizeNovember();
    sandboxes.onec.data().addBankWithdrawal(refundSeed("0000-000041", "100.00").basisBankReceipt(big).build());

    DocumentOutcome outcome = only(registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000003"));
    ReceiptRegistrar withoutJournal = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
        .clock(NOW).serverZone(MOSCOW).build();

    assertThat(outcome.reason()).contains(Reason.of(ReasonCode.REFUND_OTHER_PAYMENT, "NAMED_OTHER", big.toString()));
    assertThatThrownBy(() -> withoutJournal.refund(DECEMBER, INN, "0000-000041", "РМ00-000002"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("journal");
    assertThatThrownBy(() -> registrar().refund(DECEMBER, INN, "0000-000099", "РМ00-000002"))
        .isInstanceOf(DocumentNotFoundException.class);
    assertThat(refundReceipts()).isEmpty();
  }
}
