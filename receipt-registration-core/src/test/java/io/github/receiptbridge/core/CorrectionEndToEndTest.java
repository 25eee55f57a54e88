package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrections (a refund of the old receipt and a new one) end to end, on both simulators and a SQLite journal. */
class CorrectionEndToEndTest {
  private static final String INN = "7701234567";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final Clock NOW = Clock.fixed(LocalDateTime.of(2026, 12, 7, 12, 0).atZone(MOSCOW).toInstant(),
      MOSCOW);
  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*\"?([0-9.]+)");

  @TempDir
  Path folder;

  private SandboxFixture sandboxes;
  private ReceiptJournal journal;
  private UUID organization;
  private UUID payer;
  private FiscalService fiscal;
  private SchetmashClient client;

  @BeforeEach
  void start() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(Duration.ZERO).start(),
        OnecSandbox.builder().start());
    journal = ReceiptJournal.sqlite(folder.resolve("journal.db"));
    organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    payer = sandboxes.onec.data().addNaturalPerson("Орлова Мария Ивановна", "orlova@example.ru", null);
    client = sandboxes.schetmashClient().build();
    fiscal = SchetmashFiscalService.of(client);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    journal.close();
    sandboxes.close();
  }

  private UUID payment(String number, String amount, int day) {
    return sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization).number(number)
        .date(LocalDate.of(2026, 11, day).atTime(10, 0)).amount(new BigDecimal(amount)).naturalPerson(payer)
        .purpose("Оплата ЖКУ, л/с 10001").paymentOrder("30" + day, LocalDate.of(2026, 11, day)).build());
  }

  private ReceiptRegistrar registrar() {
    return registrar(fiscal);
  }

  private ReceiptRegistrar registrar(FiscalService service) {
    return sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient()).fiscalService(service)
        .journal(journal).clock(NOW).serverZone(MOSCOW).build();
  }

  private long fiscalized(UUID document) {
    RunReport run = registrar().run(NOVEMBER, INN, Duration.ofSeconds(20));
    assertThat(run.outcomes()).allSatisfy(outcome -> assertThat(outcome.rawStatus()).contains("success"));
    return receiptIdIn1c(document);
  }

  private long receiptIdIn1c(UUID document) {
    return Long.parseLong(sandboxes.onec.data().additionalInfo(document, SandboxFixture.RECEIPT_ID).orElseThrow());
  }

  private static DocumentOutcome only(RunReport report) {
    assertThat(report.phase()).isEqualTo(Phase.CORRECT);
    assertThat(report.outcomes()).hasSize(1);
    return report.outcomes().get(0);
  }

  private List<SchetmashSandboxReceipt> receipts(String operation) {
    return sandboxes.schetmash.receipts().stream().filter(receipt -> operation.equals(receipt.operation())).toList();
  }

  private static BigDecimal total(SchetmashSandboxReceipt receipt) {
    Matcher matcher = TOTAL.matcher(receipt.requestBody());
    assertThat(matcher.find()).as("a total in %s", receipt.requestBody()).isTrue();
    return new BigDecimal(matcher.group(1));
  }

  @Test
  void aChangedAmountGetsARefundOfTheOldTotalAndANewReceiptOnceAndAuditIsCleanAfter() {
    UUID changed = payment("РМ00-000002", "1520.40", 2);
    long old = fiscalized(changed);
    sandboxes.patchDocument(changed, "{\"СуммаДокумента\":1250}");

    DocumentOutcome corrected = only(registrar().correct(NOVEMBER, INN, List.of("РМ00-000002")));

    assertThat(corrected.action()).isEqualTo(Action.SENT);
    assertThat(corrected.externalId()).isEqualTo("1c-" + changed + "-c" + old);
    long refund = receipts("sell_refund").get(0).id();
    assertThat(corrected.reason()).contains(Reason.of(ReasonCode.CORRECTED, String.valueOf(old),
        String.valueOf(refund), "1520.40", "1250.00"));
    assertThat(receipts("sell_refund")).singleElement().satisfies(receipt -> {
      assertThat(receipt.externalId()).isEqualTo("1c-" + changed + "-c" + old + "-refund");
      assertThat(total(receipt)).isEqualByComparingTo("1520.40");
      assertThat(receipt.requestBody()).contains("orlova@example.ru");
    });
    List<SchetmashSandboxReceipt> sales = receipts("sell");
    assertThat(sales).hasSize(2);
    SchetmashSandboxReceipt sale = sales.stream().filter(receipt -> receipt.id() != old).findFirst().orElseThrow();
    assertThat(sale.externalId()).isEqualTo("1c-" + changed + "-c" + old);
    assertThat(total(sale)).isEqualByComparingTo("1250.00");
    assertThat(receiptIdIn1c(changed)).isEqualTo(sale.id());
    assertThat(corrected.receiptId()).hasValue(sale.id());
    assertThat(journal.byDocument(changed)).anySatisfy(entry -> {
      assertThat(entry.externalId()).isEqualTo("1c-" + changed + "-c" + old);
      assertThat(entry.replaces()).hasValue(old);
    });

    DocumentOutcome again = only(registrar().correct(NOVEMBER, INN, List.of("РМ00-000002")));
    assertThat(again.action()).isEqualTo(Action.SKIPPED);
    assertThat(again.reasonCode()).contains(ReasonCode.NOT_CORRECTED);
    assertThat(sandboxes.schetmash.receipts()).hasSize(3);

    sandboxes.schetmash.awaitProcessed(Duration.ofSeconds(10));
    RunReport status = registrar().checkStatuses(NOVEMBER, INN);
    assertThat(status.mismatches()).isEmpty();
    RunReport audit = registrar().audit(NOVEMBER, INN);
    assertThat(audit.mismatches()).as("the refunded old receipt is no second receipt").isEmpty();
    assertThat(audit.outcomes()).singleElement()
        .satisfies(outcome -> assertThat(outcome.rawStatus()).contains("success"));
  }

  @Test
  void aChangedPayerGetsTheRefundToTheOldPayerAndTheNewReceiptToTheNewOne() {
    UUID changed = payment("РМ00-000002", "1520.40", 2);
    long old = fiscalized(changed);
    UUID another = sandboxes.onec.data().addNaturalPerson("Орлов Пётр Ильич", "orlov@example.ru", null);
    sandboxes.patchDocument(changed, "{\"Контрагент\":\"" + another + "\",\"Контрагент_Type\":"
        + "\"StandardODATA.Catalog_ФизическиеЛица\"}");
    assertThat(registrar().audit(NOVEMBER, INN).outcomes()).singleElement()
        .satisfies(outcome -> assertThat(outcome.reasonCode()).contains(ReasonCode.PAYER_CHANGED));

    DocumentOutcome corrected = only(registrar().correct(NOVEMBER, INN, List.of("РМ00-000002")));

    assertThat(corrected.action()).isEqualTo(Action.SENT);
    assertThat(corrected.reasonCode()).contains(ReasonCode.CORRECTED);
    assertThat(receipts("sell_refund")).singleElement().satisfies(receipt -> {
      assertThat(total(receipt)).isEqualByComparingTo("1520.40");
      assertThat(receipt.requestBody()).contains("orlova@example.ru").doesNotContain("orlov@example.ru");
    });
    SchetmashSandboxReceipt sale = receipts("sell").stream().filter(receipt -> receipt.id() != old).findFirst()
        .orElseThrow();
    assertThat(sale.requestBody()).contains("orlov@example.ru");
    assertThat(receiptIdIn1c(changed)).isEqualTo(sale.id());
    sandboxes.schetmash.awaitProcessed(Duration.ofSeconds(10));
    assertThat(registrar().audit(NOVEMBER, INN).mismatches()).isEmpty();
  }

  @Test
  void unchangedUnpostedAndUnknownDocumentsAreRefusedAndNothingIsSent() {
    UUID unchanged = payment("РМ00-000002", "1520.40", 2);
    UUID unposted = payment("РМ00-000003", "700.00", 3);
    long old = fiscalized(unchanged);
    long unpostedId = receiptIdIn1c(unposted);
    sandboxes.unpost(unposted);
    int before = sandboxes.schetmash.receipts().size();

    RunReport report = registrar().correct(NOVEMBER, INN, List.of("РМ00-000002", "РМ00-000003"));

    assertThat(report.outcomes()).extracting(DocumentOutcome::action).containsOnly(Action.SKIPPED);
    assertThat(report.outcomes()).extracting(outcome -> outcome.reason().orElseThrow()).containsExactlyInAnyOrder(
        Reason.of(ReasonCode.NOT_CORRECTED, String.valueOf(old), "success", "NO_MISMATCH"),
        Reason.of(ReasonCode.CORRECTION_NEEDS_REFUND, String.valueOf(unpostedId), "NOT_POSTED"));
    assertThatThrownBy(() -> registrar().correct(NOVEMBER, INN, List.of("РМ00-999999")))
        .isInstanceOf(DocumentNotFoundException.class);
    assertThatThrownBy(() -> registrar().correct(NOVEMBER, INN, List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sandboxes.schetmash.receipts()).hasSize(before);
  }

  @Test
  void aCrashBetweenTheTwoSendsIsCompletedByTheRepeatWithoutAThirdReceipt() {
    UUID changed = payment("РМ00-000002", "1520.40", 2);
    long old = fiscalized(changed);
    sandboxes.patchDocument(changed, "{\"СуммаДокумента\":1250}");
    FiscalService crashingOnSale = new FiscalService() {
      @Override
      public RegistrationResult registerSell(ReceiptDraft draft) {
        throw new IllegalStateException("the process died before the new receipt was sent");
      }

      @Override
      public RegistrationResult registerSellRefund(ReceiptDraft draft) {
        return fiscal.registerSellRefund(draft);
      }

      @Override
      public FiscalReport report(long receiptId) {
        return fiscal.report(receiptId);
      }

      @Override
      public OptionalLong shopId() {
        return fiscal.shopId();
      }

      @Override
      public void validate(ReceiptDraft draft) {
        fiscal.validate(draft);
      }
    };

    DocumentOutcome crashed = only(registrar(crashingOnSale).correct(NOVEMBER, INN, List.of("РМ00-000002")));
    assertThat(crashed.action()).isEqualTo(Action.FAILED);
    assertThat(receipts("sell_refund")).hasSize(1);
    assertThat(receiptIdIn1c(changed)).isEqualTo(old);

    DocumentOutcome repeated = only(registrar().correct(NOVEMBER, INN, List.of("РМ00-000002")));

    assertThat(repeated.action()).isEqualTo(Action.SENT);
    assertThat(receipts("sell_refund")).hasSize(1);
    assertThat(receipts("sell")).hasSize(2);
    assertThat(receiptIdIn1c(changed)).isEqualTo(repeated.receiptId().orElseThrow());
  }

  @Test
  void aFailedWriteBackIsCompletedByTheRepeatWithTheSameTwoReceipts() {
    UUID changed = payment("РМ00-000002", "1520.40", 2);
    long old = fiscalized(changed);
    sandboxes.patchDocument(changed, "{\"СуммаДокумента\":1250}");
    sandboxes.onec.behavior().failNextWritesOf(SandboxFixture.RECEIPT_ID, 20);

    DocumentOutcome crashed = only(registrar().correct(NOVEMBER, INN, List.of("РМ00-000002")));
    sandboxes.onec.behavior().reset();
    assertThat(crashed.action()).isEqualTo(Action.FAILED);
    assertThat(receiptIdIn1c(changed)).isEqualTo(old);

    DocumentOutcome repeated = only(registrar().correct(NOVEMBER, INN, List.of("РМ00-000002")));

    assertThat(repeated.action()).isEqualTo(Action.SENT);
    assertThat(repeated.receiptId()).isEqualTo(crashed.receiptId());
    assertThat(sandboxes.schetmash.receipts()).hasSize(3);
    assertThat(receiptIdIn1c(changed)).isEqualTo(repeated.receiptId().orElseThrow());
    sandboxes.schetmash.awaitProcessed(Duration.ofSeconds(10));
    assertThat(registrar().audit(NOVEMBER, INN).mismatches()).isEmpty();
  }
}
