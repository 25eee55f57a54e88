package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.CashRegister;
import io.github.receiptbridge.sandbox.ContactRow;
import io.github.receiptbridge.sandbox.CounterpartyForm;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashOutcome;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fiscal-correctness issue against both simulators: settle in our own shop, re-issue only what the operator
 * names and only while rejected, receipt only residents' payments, audit, and the saved states left by others.
 */
class FiscalCorrectnessEndToEndTest {
  private static final String INN = "7701234567";
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final long TEST_SHOP = 41;
  private static final long PRODUCTION_SHOP = 42;

  private SandboxFixture sandboxes;

  @AfterEach
  void stop() throws Exception {
    if (sandboxes != null) {
      sandboxes.close();
    }
  }

  /** Both simulators; Счетмаш with a production shop (the default) and a test shop of a lower id. */
  private SandboxFixture start(Duration processingDelay) {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().shop(PRODUCTION_SHOP, CashRegister.ACTIVE)
        .shop(TEST_SHOP, CashRegister.ACTIVE).processingDelay(processingDelay).start(), OnecSandbox.builder().start());
    return sandboxes;
  }

  private UUID organization() {
    return sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
  }

  private UUID residentPayment(UUID organization, UUID payer, String amount, int day) {
    return sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization)
        .date(LocalDateTime.of(2026, 11, day, 10, 0)).amount(new BigDecimal(amount)).naturalPerson(payer)
        .purpose("Оплата ЖКУ за октябрь 2026, л/с 10001").build());
  }

  private List<FillRow> fill(ReceiptRegistrar registrar) {
    try (Stream<FillRow> rows = registrar.fill(NOVEMBER, INN)) {
      return rows.toList();
    }
  }

  private FillRow row(List<FillRow> rows, UUID document) {
    return rows.stream().filter(row -> row.documentKey().equals(document)).findFirst().orElseThrow();
  }

  private DocumentOutcome outcome(RunReport report, UUID document) {
    return report.outcomes().stream().filter(o -> o.documentKey().equals(document)).findFirst().orElseThrow();
  }

  private long receiptIdIn1c(UUID document) {
    return Long.parseLong(sandboxes.onec.data().additionalInfo(document, SandboxFixture.RECEIPT_ID).orElseThrow());
  }

  @Test
  void anUnknownOutcomeIsSettledInOurOwnShopNeverWithAReceiptATestCopyLeftInAnotherShop() {
    start(Duration.ofMillis(20));
    UUID organization = organization();
    sandboxes.onec.data().generateBankReceipts(organization, NOVEMBER.from(), NOVEMBER.to(), 200, 7);
    RunReport testRun = sandboxes.registrar(sandboxes.schetmashClient().shopId(TEST_SHOP), sandboxes.onecClient())
        .build().register(NOVEMBER, INN);
    sandboxes.onec.data().clearAdditionalInfo(); // that was a test copy of the infobase: production 1C holds nothing
    List<FillRow> eligible = fill(sandboxes.registrar()).stream()
        .filter(row -> row.action() == PlannedAction.SEND).toList();
    assertThat(testRun.count(Action.SENT)).isEqualTo(eligible.size());

    sandboxes.schetmash.behavior().seed(3).html500Rate(0.25);
    ReceiptRegistrar production = sandboxes.registrar(sandboxes.schetmashClient().maxRetries(0),
        sandboxes.onecClient()).build();
    RunReport report = production.register(NOVEMBER, INN);
    int unknownInFirstRun = report.count(Action.UNKNOWN);
    for (int rerun = 0; rerun < 20 && !report.isClean(); rerun++) {
      report = production.register(NOVEMBER, INN);
    }
    sandboxes.schetmash.behavior().reset();

    assertThat(report.isClean()).isTrue();
    sandboxes.assertExactlyOneReceiptPerEligibleDocument(PRODUCTION_SHOP, eligible);
    assertThat(sandboxes.schetmash.receipts()).filteredOn(r -> r.shopId() == TEST_SHOP).hasSize(eligible.size());
    assertThat(unknownInFirstRun).as("some outcomes stayed unknown for a run").isPositive();
  }

  @Test
  void reissueIsRefusedWhileTheFreshReportSaysSuccessAndSendsOneReceiptToThePayerWhileStillRejected() {
    start(Duration.ofHours(1)); // the worker stays out of the way: the test moves receipts like the service does
    UUID organization = organization();
    UUID payer = sandboxes.onec.data().addNaturalPerson("Иванов Иван Иванович", "ivanov@example.ru", null);
    UUID retried = residentPayment(organization, payer, "1520.40", 2);
    UUID rejected = residentPayment(organization, payer, "980.00", 3);
    sandboxes.registrar().register(NOVEMBER, INN);
    long retriedId = receiptIdIn1c(retried);
    long rejectedId = receiptIdIn1c(rejected);
    sandboxes.schetmash.setState(retriedId, 2, "Ошибка обмена с ККТ, чек будет отправлен повторно");
    sandboxes.schetmash.setState(rejectedId, 6, "Сумма платежей меньше суммы чека");
    sandboxes.registrar().checkStatuses(NOVEMBER, INN);
    assertThat(sandboxes.onec.data().additionalInfo(retried, SandboxFixture.STATUS)).contains("error");
    sandboxes.schetmash.setState(retriedId, 4, null); // the cash register's retry succeeded
    List<String> numbers = fill(sandboxes.registrar()).stream().map(FillRow::number).toList();

    RunReport first = sandboxes.registrar().reissue(NOVEMBER, INN, numbers);

    assertThat(outcome(first, retried).action()).isEqualTo(Action.UPDATED);
    assertThat(outcome(first, retried).reason())
        .contains(Reason.of(ReasonCode.NOT_REISSUED, String.valueOf(retriedId), "success"));
    assertThat(sandboxes.onec.data().additionalInfo(retried, SandboxFixture.STATUS)).contains("success");
    DocumentOutcome reissued = outcome(first, rejected);
    assertThat(reissued.action()).isEqualTo(Action.SENT);
    assertThat(reissued.externalId()).isEqualTo("1c-" + rejected + "-r" + rejectedId);
    assertThat(reissued.reason())
        .contains(Reason.of(ReasonCode.REISSUED, String.valueOf(rejectedId), "Сумма платежей меньше суммы чека"));
    SchetmashSandboxReceipt newReceipt = sandboxes.schetmash.receipt(reissued.receiptId().orElseThrow()).orElseThrow();
    assertThat(newReceipt.requestBody()).contains("\"email\":\"ivanov@example.ru\"");
    assertThat(receiptIdIn1c(rejected)).isEqualTo(newReceipt.id());

    RunReport second = sandboxes.registrar().reissue(NOVEMBER, INN, numbers);
    sandboxes.registrar().register(NOVEMBER, INN);
    sandboxes.registrar().checkStatuses(NOVEMBER, INN);

    assertThat(second.count(Action.SENT)).isZero();
    assertThat(sandboxes.schetmash.receipts()).extracting(SchetmashSandboxReceipt::externalId)
        .containsExactlyInAnyOrder("1c-" + retried, "1c-" + rejected, "1c-" + rejected + "-r" + rejectedId);
  }

  @Test
  void reissueNeedsNamedDocumentsAndRefusesOnesThatAreNoLongerEligible() {
    start(Duration.ofHours(1));
    UUID organization = organization();
    UUID payer = sandboxes.onec.data().addNaturalPerson("Петрова Анна Сергеевна", "petrova@example.ru", null);
    UUID document = residentPayment(organization, payer, "2100.00", 4);
    sandboxes.registrar().register(NOVEMBER, INN);
    sandboxes.schetmash.setState(receiptIdIn1c(document), 6, "Сумма платежей меньше суммы чека");
    sandboxes.registrar().checkStatuses(NOVEMBER, INN);
    String number = row(fill(sandboxes.registrar()), document).number();
    int requests = sandboxes.schetmash.requestCount();

    assertThatThrownBy(() -> sandboxes.registrar().reissue(NOVEMBER, INN, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never re-issues every rejected receipt");
    assertThatThrownBy(() -> sandboxes.registrar().reissue(NOVEMBER, INN, List.of(number, "НЕТ-000999")))
        .isInstanceOf(DocumentNotFoundException.class).hasMessageContaining("no document НЕТ-000999 in 2026-11-01");
    sandboxes.patchDocument(document, "{\"DeletionMark\":true}");
    RunReport refused = sandboxes.registrar().reissue(NOVEMBER, INN, List.of(document.toString()));

    assertThat(refused.outcomes()).singleElement().satisfies(outcome -> {
      assertThat(outcome.action()).isEqualTo(Action.SKIPPED);
      assertThat(outcome.reason()).contains(Reason.of(ReasonCode.NOT_REISSUED,
          String.valueOf(receiptIdIn1c(document)), "error", ReasonCode.MARKED_FOR_DELETION.code()));
    });
    assertThat(sandboxes.schetmash.requestCount()).as("nothing reached Счетмаш").isEqualTo(requests);
  }

  @Test
  void onlyResidentsPaymentsGetReceiptsByDefault() {
    start(Duration.ZERO);
    UUID organization = organization();
    sandboxes.onec.data().generateBankReceipts(organization, NOVEMBER.from(), NOVEMBER.to(), 300, 42);
    UUID tenant = sandboxes.onec.data().addCounterparty("ООО \"Продукты у дома\"", "7705123456",
        "buh@produkty.ru", null);
    UUID tenantPayment = sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization)
        .date(LocalDateTime.of(2026, 11, 5, 11, 0)).amount(new BigDecimal("48210.55")).counterparty(tenant)
        .purpose("Оплата за содержание нежилого помещения по договору № 12, НДС не облагается").build());
    ReceiptRegistrar withFallback = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
        .policy(ReceiptPolicy.builder().fallbackEmail("receipts@uk.example.ru").build()).build();

    List<FillRow> rows = fill(withFallback);
    RunReport report = withFallback.register(NOVEMBER, INN);

    assertThat(rows).filteredOn(row -> !row.operationKind().equals(ReceiptPolicy.CUSTOMER_PAYMENT))
        .isNotEmpty().allSatisfy(row -> {
          assertThat(row.action()).isEqualTo(PlannedAction.SKIP);
          assertThat(row.skipReason()).contains(Reason.of(ReasonCode.OPERATION_KIND, row.operationKind(),
              ReceiptPolicy.CUSTOMER_PAYMENT));
        });
    FillRow company = row(rows, tenantPayment);
    assertThat(company.payerKind()).contains(PayerKind.ORGANIZATION);
    assertThat(company.skipReason()).contains(Reason.of(ReasonCode.ORGANIZATION_PAYER));
    assertThat(sandboxes.schetmash.receipts()).extracting(SchetmashSandboxReceipt::externalId)
        .hasSize(report.count(Action.SENT))
        .doesNotContain("1c-" + tenantPayment)
        .allSatisfy(externalId -> assertThat(row(rows, UUID.fromString(externalId.substring(3))).operationKind())
            .isEqualTo(ReceiptPolicy.CUSTOMER_PAYMENT));
  }

  @Test
  void auditAndStatusFlagADocumentChangedOrDeletedAfterItsReceiptAndWriteNothingFor1cToHold() {
    start(Duration.ofMillis(20));
    UUID organization = organization();
    UUID payer = sandboxes.onec.data().addNaturalPerson("Сидоров Олег Петрович", "sidorov@example.ru", null);
    UUID changed = residentPayment(organization, payer, "1520.40", 2);
    UUID deleted = residentPayment(organization, payer, "700.00", 3);
    UUID untouched = residentPayment(organization, payer, "310.15", 4);
    sandboxes.registrar().register(NOVEMBER, INN);
    sandboxes.schetmash.awaitProcessed(Duration.ofSeconds(10));
    sandboxes.registrar().checkStatuses(NOVEMBER, INN);
    sandboxes.patchDocument(changed, "{\"СуммаДокумента\":15204}");
    sandboxes.patchDocument(deleted, "{\"DeletionMark\":true}");
    Map<String, String> savedBefore = sandboxes.onec.data().additionalInfo(changed);

    assertThat(row(fill(sandboxes.registrar()), changed).action()).isEqualTo(PlannedAction.ALREADY_SENT);
    RunReport audit = sandboxes.registrar().audit(NOVEMBER, INN);

    assertThat(audit.phase()).isEqualTo(Phase.AUDIT);
    assertThat(outcome(audit, changed).action()).isEqualTo(Action.MISMATCH);
    assertThat(outcome(audit, changed).reason()).contains(Reason.of(ReasonCode.AMOUNT_CHANGED,
        String.valueOf(receiptIdIn1c(changed)), "1520.40", "15204.00"));
    assertThat(outcome(audit, deleted).action()).isEqualTo(Action.MISMATCH);
    assertThat(outcome(audit, deleted).reason()).contains(Reason.of(ReasonCode.DELETED_AFTER_RECEIPT,
        String.valueOf(receiptIdIn1c(deleted)), "700.00", "700.00"));
    assertThat(outcome(audit, untouched).action()).isEqualTo(Action.ALREADY_SENT);
    assertThat(audit.mismatches()).hasSize(2);
    assertThat(audit.isClean()).isFalse();
    assertThat(sandboxes.onec.data().additionalInfo(changed)).isEqualTo(savedBefore);

    UUID unposted = residentPayment(organization, payer, "455.00", 5);
    sandboxes.schetmash.behavior().nextOutcomes(SchetmashOutcome.TRANSIENT_FAILURE_THEN_SUCCESS);
    sandboxes.registrar().register(NOVEMBER, INN);
    sandboxes.unpost(unposted);
    RunReport status = sandboxes.registrar().checkStatuses(NOVEMBER, INN);
    assertThat(outcome(status, unposted).action()).isEqualTo(Action.MISMATCH);
    assertThat(outcome(status, unposted).reasonCode()).contains(ReasonCode.UNPOSTED_AFTER_RECEIPT);
    assertThat(outcome(status, unposted).reason().orElseThrow().arguments())
        .startsWith(String.valueOf(receiptIdIn1c(unposted))).endsWith("455.00");
  }

  @Test
  void theContactIsFoundInEveryRowOfThePayerWhateverTheirOrder() {
    start(Duration.ZERO);
    UUID organization = organization();
    UUID landlineFirst = sandboxes.onec.data().addNaturalPerson("Морозов Максим", List.of(
        ContactRow.address("г. Москва, ул. Ленина, д. 1, кв. 5"), ContactRow.phone("8 (495) 123-45-67"),
        ContactRow.phone("моб. 8 916 765-43-21", "")));
    UUID junkEmailFirst = sandboxes.onec.data().addCounterparty("Семенова Анна", "", CounterpartyForm.NATURAL_PERSON,
        List.of(ContactRow.email("нет"), ContactRow.phone("8 (495) 765-43-21"),
            ContactRow.email("semenova@example.ru")));
    UUID nothingUsable = sandboxes.onec.data().addNaturalPerson("Орлов Павел", List.of(ContactRow.email("-"),
        ContactRow.phone("8 (495) 111-22-33"), ContactRow.phone("8 800 555-35-35")));
    UUID toMobile = residentPayment(organization, landlineFirst, "1100.00", 11);
    UUID toEmail = sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization)
        .date(LocalDateTime.of(2026, 11, 11, 11, 0)).amount(new BigDecimal("1200.00")).counterparty(junkEmailFirst)
        .purpose("Оплата ЖКУ").build());
    UUID toNobody = residentPayment(organization, nothingUsable, "1300.00", 11);

    List<FillRow> rows = fill(sandboxes.registrar());
    RunReport report = sandboxes.registrar().register(NOVEMBER, INN);

    assertThat(row(rows, toMobile).buyerContact()).contains("+79167654321");
    assertThat(row(rows, toEmail).buyerContact()).contains("semenova@example.ru");
    assertThat(row(rows, toNobody).skipReason())
        .contains(Reason.of(ReasonCode.NO_CONTACT, "NONE_VALID", "1", "2", "LANDLINE"));
    assertThat(sandboxes.schetmash.receipt(outcome(report, toMobile).receiptId().orElseThrow()).orElseThrow()
        .requestBody()).contains("\"phone\":\"+79167654321\"");
    assertThat(sandboxes.schetmash.receipt(outcome(report, toEmail).receiptId().orElseThrow()).orElseThrow()
        .requestBody()).contains("\"email\":\"semenova@example.ru\"");
  }

  @Test
  void aStatusLeftWithoutAReceiptIdIsNeverSentAutomatically() {
    start(Duration.ZERO);
    UUID organization = organization();
    UUID payer = sandboxes.onec.data().addNaturalPerson("Орлова Мария Ивановна", "orlova@example.ru", null);
    UUID oldTimeout = residentPayment(organization, payer, "1200.00", 6);
    UUID fresh = residentPayment(organization, payer, "800.00", 6);
    sandboxes.onec.data().setAdditionalInfo(oldTimeout, SandboxFixture.STATUS, "error", "Edm.String");

    RunReport report = sandboxes.registrar().register(NOVEMBER, INN);

    assertThat(outcome(report, oldTimeout).action()).isEqualTo(Action.SKIPPED);
    assertThat(outcome(report, oldTimeout).reason()).contains(Reason.of(ReasonCode.STATUS_WITHOUT_ID, "error"));
    assertThat(outcome(report, fresh).action()).isEqualTo(Action.SENT);
    assertThat(sandboxes.schetmash.receipts()).extracting(SchetmashSandboxReceipt::externalId)
        .containsExactly("1c-" + fresh);
  }

  @Test
  void runEndsWhenNothingIsInFlightAndLeavesAnErrorForTheOperator() {
    start(Duration.ofMillis(100));
    UUID organization = organization();
    UUID payer = sandboxes.onec.data().addNaturalPerson("Кузнецова Ольга Юрьевна", "kuznetsova@example.ru", null);
    UUID rejected = residentPayment(organization, payer, "990.00", 9);
    UUID paid = residentPayment(organization, payer, "1990.00", 10);
    sandboxes.schetmash.behavior().nextOutcomes(SchetmashOutcome.TERMINAL_ERROR, SchetmashOutcome.SUCCESS);
    long started = System.nanoTime();

    RunReport report = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
        .concurrency(Concurrency.sequential()).build().run(NOVEMBER, INN, Duration.ofMinutes(2));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not the whole --wait")
        .isLessThan(Duration.ofSeconds(30));
    assertThat(outcome(report, rejected).status()).contains(ReceiptStatus.ERROR);
    assertThat(outcome(report, paid).status()).contains(ReceiptStatus.SUCCESS);
    assertThat(sandboxes.schetmash.receipts()).hasSize(2);
  }
}
