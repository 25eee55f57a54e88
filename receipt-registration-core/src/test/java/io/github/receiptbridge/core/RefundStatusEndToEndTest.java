package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.BankWithdrawalSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Status checks of refund receipts, and what refunds need in 1C beyond sales, on both simulators: Счетмаш keeps each
 * receipt {@code accept} for a while, so a refund is {@code accept} in 1C after it is sent and a status pass makes it
 * {@code success}.
 */
class RefundStatusEndToEndTest {
  private static final String INN = "7701234567";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final DateRange DECEMBER = DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
  private static final Clock NOW = Clock.fixed(LocalDateTime.of(2026, 12, 20, 12, 0).atZone(MOSCOW).toInstant(),
      MOSCOW);
  private static final Duration PROCESSING = Duration.ofMillis(600);

  @TempDir
  Path folder;

  private SandboxFixture sandboxes;
  private ReceiptJournal journal;
  private UUID organization;
  private UUID payer;

  @BeforeEach
  void start() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(PROCESSING).start(),
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

  private ReceiptRegistrar registrar() {
    return sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient()).journal(journal).clock(NOW)
        .serverZone(MOSCOW).statusPollInterval(Duration.ofMillis(100)).build();
  }

  /** A November payment with its receipt {@code success}, and a December refund of part of it. */
  private UUID paidAndRefundDocument() {
    UUID paid = sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization)
        .number("РМ00-000002").date(LocalDate.of(2026, 11, 2).atTime(10, 0)).amount(new BigDecimal("1520.40"))
        .naturalPerson(payer).purpose("Оплата ЖКУ, л/с 10001").paymentOrder("302", LocalDate.of(2026, 11, 2))
        .build());
    RunReport run = registrar().run(NOVEMBER, INN, Duration.ofSeconds(20));
    assertThat(run.outcomes()).allSatisfy(outcome -> assertThat(outcome.rawStatus()).contains("success"));
    return sandboxes.onec.data().addBankWithdrawal(BankWithdrawalSeed.builder().organization(organization)
        .number("0000-000041").date(LocalDateTime.of(2026, 12, 10, 11, 0)).amount(new BigDecimal("1000.00"))
        .operationKind(BankWithdrawalSeed.REFUND_TO_PAYER).naturalPerson(payer).purpose("Возврат переплаты")
        .basisBankReceipt(paid).build());
  }

  @Test
  void aStatusPassAsksAboutARefundReceiptAndWritesItsStatusAndCheckDateOnTheRefundDocument() throws Exception {
    UUID refund = paidAndRefundDocument();
    DocumentOutcome sent = registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002").outcomes().get(0);
    assertThat(sent.action()).isEqualTo(Action.SENT);
    long receiptId = sent.receiptId().orElseThrow();
    assertThat(sandboxes.onec.data().additionalInfo(refund, SandboxFixture.STATUS)).contains("accept");

    RunReport early = registrar().checkStatuses(DECEMBER, INN);
    assertThat(early.outcomes()).singleElement().satisfies(outcome -> {
      assertThat(outcome.documentKey()).isEqualTo(refund);
      assertThat(outcome.externalId()).isEqualTo("1c-" + refund + "-refund");
      assertThat(outcome.action()).isEqualTo(Action.UPDATED);
      // still in flight: accept, or processing when the machine was slow to get here within the processing delay
      assertThat(outcome.status()).hasValueSatisfying(status -> assertThat(status.isInFlight()).isTrue());
    });
    Thread.sleep(PROCESSING.toMillis() + 200);
    RunReport later = registrar().checkStatuses(DECEMBER, INN);

    assertThat(later.outcomes()).singleElement().satisfies(outcome -> {
      assertThat(outcome.action()).isEqualTo(Action.UPDATED);
      assertThat(outcome.receiptId()).hasValue(receiptId);
      assertThat(outcome.rawStatus()).contains("success");
    });
    assertThat(sandboxes.onec.data().additionalInfo(refund, SandboxFixture.STATUS)).contains("success");
    assertThat(sandboxes.onec.data().additionalInfo(refund, OnecLedger.CHECK_DATE_PROPERTY))
        .hasValueSatisfying(date -> assertThat(date).startsWith("2026-12-20T12:00"));
    assertThat(journal.byDocument(refund)).singleElement()
        .satisfies(entry -> assertThat(entry.status()).contains("success"));
    assertThat(registrar().checkStatuses(DECEMBER, INN).outcomes()).as("a success is not asked about again")
        .isEmpty();
    assertThat(sandboxes.schetmash.receipts()).filteredOn(receipt -> "sell_refund".equals(receipt.operation()))
        .hasSize(1);
  }

  @Test
  void aRefundWhoseStatusIsMissingInOneCIsCompletedByTheStatusPass() {
    UUID refund = paidAndRefundDocument();
    sandboxes.onec.behavior().failNextWritesOf(SandboxFixture.STATUS, 20);
    DocumentOutcome cut = registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002").outcomes().get(0);
    sandboxes.onec.behavior().reset();
    assertThat(cut.action()).isEqualTo(Action.FAILED);
    assertThat(sandboxes.onec.data().additionalInfo(refund, SandboxFixture.STATUS)).isEmpty();

    RunReport run = registrar().run(DECEMBER, INN, Duration.ofSeconds(5));

    assertThat(run.outcomes()).as("run's report lists the period's sales only").isEmpty();
    assertThat(sandboxes.onec.data().additionalInfo(refund, SandboxFixture.STATUS)).isPresent();
    assertThat(sandboxes.onec.data().additionalInfo(refund, SandboxFixture.RECEIPT_ID))
        .contains(String.valueOf(cut.receiptId().orElseThrow()));
  }

  @Test
  void withoutTheRefundDocumentsPublishedSalesGoOnAndARefundIsRefusedBeforeAnythingIsSent() {
    paidAndRefundDocument();
    sandboxes.onec.unpublish("Document_СписаниеСРасчетногоСчета");
    sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization)
        .number("РМ00-000010").date(LocalDate.of(2026, 12, 3).atTime(10, 0)).amount(new BigDecimal("500.00"))
        .naturalPerson(payer).purpose("Оплата ЖКУ, л/с 10001").paymentOrder("310", LocalDate.of(2026, 12, 3))
        .build());
    int receipts = sandboxes.schetmash.receipts().size();

    RunReport sales = registrar().run(DECEMBER, INN, Duration.ofSeconds(20));

    assertThat(sales.outcomes()).singleElement().satisfies(outcome -> {
      assertThat(outcome.action()).isEqualTo(Action.SENT);
      assertThat(outcome.rawStatus()).contains("success");
    });
    assertThat(registrar().checkStatuses(DECEMBER, INN).outcomes()).extracting(DocumentOutcome::number)
        .containsExactly("РМ00-000010");
    assertThatThrownBy(() -> registrar().refund(DECEMBER, INN, "0000-000041", "РМ00-000002"))
        .isInstanceOf(SetupException.class).hasMessageContaining("Document_СписаниеСРасчетногоСчета");
    assertThatThrownBy(() -> registrar().refunds(DECEMBER, INN))
        .isInstanceOf(SetupException.class).hasMessageContaining("Document_СписаниеСРасчетногоСчета");
    assertThat(sandboxes.schetmash.receipts()).hasSize(receipts + 1);
  }

  @Test
  void theRefundRequirementsAreTheSalesOnesAndTheRefundDocuments() {
    assertThat(OnecLedger.setupRequirements().entitySets()).doesNotContain("Document_СписаниеСРасчетногоСчета");
    assertThat(OnecLedger.refundSetupRequirements().entitySets())
        .containsAll(OnecLedger.setupRequirements().entitySets()).contains("Document_СписаниеСРасчетногоСчета");
    assertThat(OnecLedger.refundSetupRequirements().properties())
        .isEqualTo(OnecLedger.setupRequirements().properties());
  }
}
