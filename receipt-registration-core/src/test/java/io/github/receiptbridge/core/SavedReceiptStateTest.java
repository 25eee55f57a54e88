package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.schetmash.model.Buyer;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.Operation;
import io.github.receiptbridge.schetmash.model.Payment;
import io.github.receiptbridge.schetmash.model.PaymentObject;
import io.github.receiptbridge.schetmash.model.PaymentType;
import io.github.receiptbridge.schetmash.model.Receipt;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.Tax;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receipt id that 1C holds is never replaced and never gets a second receipt, whoever saved it and whatever is
 * missing beside it; the three values are complete after the next pass, whatever stopped the last one.
 */
class SavedReceiptStateTest {
  private static final String INN = "7701234567";
  private static final String CHECK_DATE = "СчетМаш_ДатаПроверкиСтатусаЧека";
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

  private SandboxFixture sandboxes;
  private UUID document;

  @BeforeEach
  void start() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(Duration.ZERO).start(),
        OnecSandbox.builder().start());
    UUID organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    UUID payer = sandboxes.onec.data().addNaturalPerson("Орлова Мария Ивановна", "orlova@example.ru", null);
    document = sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization)
        .date(LocalDateTime.of(2026, 11, 6, 10, 0)).amount(new BigDecimal("1200.00")).naturalPerson(payer)
        .purpose("Оплата ЖКУ за октябрь 2026, л/с 10001").build());
  }

  @AfterEach
  void stop() throws Exception {
    sandboxes.close();
  }

  /** A receipt registered the way the old 1C processing did: under an external_id of its own. */
  private long receiptOfTheOldProcessing(String amount) {
    BigDecimal total = new BigDecimal(amount);
    try (SchetmashClient client = sandboxes.schetmashClient().build()) {
      var result = client.register(Operation.SELL, ReceiptRequest.builder().externalId("16")
          .receipt(Receipt.builder().buyer(Buyer.builder().email("orlova@example.ru").build())
              .addItems(Item.builder().name("Оплата ЖКУ").price(total).quantity(BigDecimal.ONE).tax(Tax.NONE)
                  .paymentObject(PaymentObject.SERVICE).build())
              .total(total).addPayments(Payment.of(PaymentType.ELECTRONIC, total)).build())
          .build());
      return result.id();
    }
  }

  private String saved(String property) {
    return sandboxes.onec.data().additionalInfo(document, property).orElse("(none)");
  }

  private DocumentOutcome only(RunReport report) {
    assertThat(report.outcomes()).hasSize(1);
    return report.outcomes().get(0);
  }

  @Test
  void anIdSavedWithoutAStatusThatSchetmashKnowsIsAdoptedAndNothingIsSent() {
    long typed = receiptOfTheOldProcessing("1200.00");
    sandboxes.onec.data().setAdditionalInfo(document, SandboxFixture.RECEIPT_ID, String.valueOf(typed), "Edm.Double");

    DocumentOutcome outcome = only(sandboxes.registrar().register(NOVEMBER, INN));

    assertThat(outcome.action()).isEqualTo(Action.UPDATED);
    assertThat(outcome.receiptId()).hasValue(typed);
    assertThat(outcome.rawStatus()).contains("success");
    assertThat(sandboxes.schetmash.receipts()).hasSize(1);
    assertThat(saved(SandboxFixture.RECEIPT_ID)).isEqualTo(String.valueOf(typed));
    assertThat(saved(SandboxFixture.STATUS)).isEqualTo("success");
    assertThat(saved(CHECK_DATE)).isNotEqualTo("(none)");
  }

  @Test
  void anIdSavedWithoutAStatusThatSchetmashDoesNotKnowIsSkippedUntouchedAndNothingIsSent() {
    sandboxes.onec.data().setAdditionalInfo(document, SandboxFixture.RECEIPT_ID, "5", "Edm.Double");

    RunReport register = sandboxes.registrar().register(NOVEMBER, INN);
    RunReport status = sandboxes.registrar().checkStatuses(NOVEMBER, INN);

    for (RunReport report : new RunReport[] {register, status}) {
      DocumentOutcome outcome = only(report);
      assertThat(outcome.action()).isEqualTo(Action.SKIPPED);
      assertThat(outcome.reasonCode()).contains(ReasonCode.RECEIPT_ID_UNKNOWN);
      assertThat(outcome.reason()).contains(Reason.of(ReasonCode.RECEIPT_ID_UNKNOWN, "5"));
    }
    assertThat(sandboxes.schetmash.receipts()).isEmpty();
    assertThat(saved(SandboxFixture.RECEIPT_ID)).isEqualTo("5");
    assertThat(saved(SandboxFixture.STATUS)).isEqualTo("(none)");
  }

  @Test
  void aSavedAmountMismatchOfAnAdoptedReceiptIsReported() {
    long typed = receiptOfTheOldProcessing("1100.00");
    sandboxes.onec.data().setAdditionalInfo(document, SandboxFixture.RECEIPT_ID, String.valueOf(typed), "Edm.Double");

    DocumentOutcome outcome = only(sandboxes.registrar().register(NOVEMBER, INN));

    assertThat(outcome.action()).isEqualTo(Action.MISMATCH);
    assertThat(outcome.reasonCode()).contains(ReasonCode.AMOUNT_CHANGED);
    assertThat(sandboxes.schetmash.receipts()).hasSize(1);
  }

  @Test
  void aWriteBackThatFindsAnotherIdIn1cLeavesItAndReportsAMismatch(@TempDir Path folder) throws Exception {
    SchetmashClient client = sandboxes.schetmashClient().build();
    FiscalService real = SchetmashFiscalService.of(client);
    FiscalService operatorTypesMeanwhile = new FiscalService() {
      @Override
      public RegistrationResult registerSell(ReceiptDraft draft) {
        RegistrationResult result = real.registerSell(draft);
        sandboxes.onec.data().setAdditionalInfo(document, SandboxFixture.RECEIPT_ID, "777", "Edm.Double");
        return result;
      }

      @Override
      public FiscalReport report(long receiptId) {
        return real.report(receiptId);
      }

      @Override
      public void validate(ReceiptDraft draft) {
        real.validate(draft);
      }
    };
    Path file = folder.resolve("journal.db");
    DocumentOutcome outcome;
    try (ReceiptJournal journal = ReceiptJournal.sqlite(file); OnecClient onec = sandboxes.onecClient().build()) {
      outcome = only(ReceiptRegistrar.builder().fiscalService(operatorTypesMeanwhile)
          .ledger(OnecLedger.of(onec)).journal(journal).build().register(NOVEMBER, INN));
    }
    client.close();

    assertThat(outcome.action()).isEqualTo(Action.MISMATCH);
    assertThat(outcome.reason()).contains(Reason.of(ReasonCode.RECEIPT_ID_CONFLICT,
        String.valueOf(outcome.receiptId().orElseThrow()), "777"));
    assertThat(saved(SandboxFixture.RECEIPT_ID)).isEqualTo("777");
    assertThat(saved(SandboxFixture.STATUS)).isEqualTo("(none)");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet events = statement.executeQuery("SELECT event, detail FROM events")) {
      assertThat(events.next()).isTrue();
      assertThat(events.getString(1)).isEqualTo("RECEIPT_ID_CONFLICT");
      assertThat(events.getString(2)).isEqualTo("registered as receipt " + outcome.receiptId().orElseThrow()
          + " while 1C held receipt 777, left as it is");
    }
  }

  @Test
  void aSuccessSavedWithoutItsCheckDateIsCompletedByTheNextStatusPass() {
    sandboxes.registrar().register(NOVEMBER, INN);
    sandboxes.registrar().checkStatuses(NOVEMBER, INN);
    assertThat(saved(SandboxFixture.STATUS)).isEqualTo("success");
    removeCheckDate();

    DocumentOutcome outcome = only(sandboxes.registrar().checkStatuses(NOVEMBER, INN));

    assertThat(outcome.action()).isEqualTo(Action.UPDATED);
    assertThat(saved(CHECK_DATE)).isNotEqualTo("(none)");
    assertThat(sandboxes.schetmash.receipts()).hasSize(1);
  }

  @Test
  void aRegisterPassCutShortAfterTheIdIsCompletedByTheNextRegisterWithoutSendingAgain() {
    RunReport first = sandboxes.registrar().register(NOVEMBER, INN);
    long id = only(first).receiptId().orElseThrow();
    removeStatusAndCheckDate();  // as if the pass had stopped right after writing the id

    DocumentOutcome outcome = only(sandboxes.registrar().register(NOVEMBER, INN));

    assertThat(outcome.action()).isEqualTo(Action.UPDATED);
    assertThat(outcome.receiptId()).hasValue(id);
    assertThat(saved(SandboxFixture.STATUS)).isEqualTo("success");
    assertThat(saved(CHECK_DATE)).isNotEqualTo("(none)");
    assertThat(sandboxes.schetmash.receipts()).hasSize(1);
  }

  private void removeCheckDate() {
    String id = saved(SandboxFixture.RECEIPT_ID);
    String status = saved(SandboxFixture.STATUS);
    sandboxes.onec.data().clearAdditionalInfo();
    sandboxes.onec.data().setAdditionalInfo(document, SandboxFixture.RECEIPT_ID, id, "Edm.Double");
    sandboxes.onec.data().setAdditionalInfo(document, SandboxFixture.STATUS, status, "Edm.String");
  }

  private void removeStatusAndCheckDate() {
    String id = saved(SandboxFixture.RECEIPT_ID);
    sandboxes.onec.data().clearAdditionalInfo();
    sandboxes.onec.data().setAdditionalInfo(document, SandboxFixture.RECEIPT_ID, id, "Edm.Double");
  }
}
