package io.github.receiptbridge.schetmash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.receiptbridge.sandbox.CashRegister;
import io.github.receiptbridge.sandbox.SchetmashOutcome;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxBuilder;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.Operation;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.ReceiptStatus;
import io.github.receiptbridge.schetmash.model.RegistrationResult;
import io.github.receiptbridge.schetmash.model.Tax;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the Счетмаш simulator: the whole life of a receipt, and the faults that must not duplicate it. */
class SchetmashSandboxEndToEndTest {
  private SchetmashSandbox sandbox;
  private SchetmashClient client;

  private void start(SchetmashSandboxBuilder builder) {
    sandbox = builder.start();
    client = SchetmashClient.builder()
        .fromSettings(sandbox.clientSettings())
        .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
        .build();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private ReceiptReport awaitFinal(long id) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    ReceiptReport report = client.report(id);
    while (report.status() != ReceiptStatus.SUCCESS && System.nanoTime() < deadline) {
      Thread.sleep(20);
      report = client.report(id);
    }
    return report;
  }

  @Test
  void registersAReceiptAndReportsItUntilSuccess() throws Exception {
    start(SchetmashSandbox.builder().processingDelay(Duration.ofMillis(300)));
    RegistrationResult result = client.register(Operation.SELL, Fixtures.utilityPayment("1c-e2e-1"));
    assertThat(result.status()).isEqualTo(ReceiptStatus.ACCEPT);
    assertThat(client.report(result.id()).status()).isIn(ReceiptStatus.ACCEPT, ReceiptStatus.PROCESSING);

    ReceiptReport report = awaitFinal(result.id());

    assertThat(report.status()).isEqualTo(ReceiptStatus.SUCCESS);
    assertThat(report.id()).isEqualTo(result.id());
    assertThat(report.payload()).hasValueSatisfying(payload -> {
      assertThat(payload.total()).isEqualByComparingTo("1520.40");
      assertThat(payload.fnsSite()).isEqualTo("www.nalog.ru");
      assertThat(payload.fnNumber()).hasSize(16);
      assertThat(payload.fiscalDocumentAttribute()).isPositive();
    });
    assertThat(client.reportByExternalId("1c-e2e-1").id()).isEqualTo(result.id());
  }

  @Test
  void theLookupByExternalIdAnswersWithAnotherShopsReceiptWhileRegisteringAgainSettlesInOurShop() {
    start(SchetmashSandbox.builder().shop(42, CashRegister.ACTIVE).shop(41, CashRegister.ACTIVE));
    long testShopReceipt;
    try (SchetmashClient testShop = SchetmashClient.builder()
        .fromSettings(sandbox.clientSettings()).shopId(41).build()) {
      testShopReceipt = testShop.register(Operation.SELL, Fixtures.utilityPayment("1c-shared-1")).id();
    }

    assertThat(client.reportByExternalId("1c-shared-1").id()).as("the lookup is not limited to shop 42")
        .isEqualTo(testShopReceipt);
    long ours = client.register(Operation.SELL, Fixtures.utilityPayment("1c-shared-1")).id();
    assertThat(ours).isNotEqualTo(testShopReceipt);
    assertThat(client.register(Operation.SELL, Fixtures.utilityPayment("1c-shared-1")).id()).isEqualTo(ours);
    assertThat(sandbox.receiptsByExternalId(42, "1c-shared-1")).singleElement()
        .satisfies(receipt -> assertThat(receipt.id()).isEqualTo(ours));
  }

  @Test
  void theSameExternalIdTwiceGivesTheSameIdAndOneStoredReceipt() {
    start(SchetmashSandbox.builder());
    long first = client.register(Operation.SELL, Fixtures.utilityPayment("1c-e2e-2")).id();
    long second = client.register(Operation.SELL, Fixtures.utilityPayment("1c-e2e-2")).id();

    assertThat(second).isEqualTo(first);
    assertThat(sandbox.receiptsByExternalId(sandbox.shopId(), "1c-e2e-2")).hasSize(1);
    assertThat(sandbox.receipts()).hasSize(1);
  }

  @Test
  void concurrentRegistrationsOfOneDocumentStoreOneReceipt() throws Exception {
    start(SchetmashSandbox.builder());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> ids = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        ids.add(pool.submit(() -> client.register(Operation.SELL, Fixtures.utilityPayment("1c-e2e-3")).id()));
      }
      Set<Long> distinct = new HashSet<>();
      for (Future<Long> id : ids) {
        distinct.add(id.get(10, TimeUnit.SECONDS));
      }
      assertThat(distinct).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(sandbox.receiptsByExternalId(sandbox.shopId(), "1c-e2e-3")).hasSize(1);
  }

  @Test
  void aTokenForcedToExpireOrRotatedMidRunIsInvisibleToTheCaller() {
    start(SchetmashSandbox.builder());
    for (int i = 0; i < 3; i++) {
      client.register(Operation.SELL, Fixtures.utilityPayment("1c-e2e-4-" + i));
    }
    sandbox.expireToken();
    for (int i = 3; i < 6; i++) {
      client.register(Operation.SELL, Fixtures.utilityPayment("1c-e2e-4-" + i));
    }
    sandbox.rotateToken();
    assertThat(client.reportByExternalId("1c-e2e-4-0").status()).isNotEqualTo(ReceiptStatus.UNKNOWN);

    assertThat(sandbox.receipts()).hasSize(6);
  }

  @Test
  void aConnectionDroppedAfterCommitIsRetriedAndLeavesOneReceipt() {
    start(SchetmashSandbox.builder());
    sandbox.behavior().dropNextRegistrationsAfterCommit(1);

    RegistrationResult result = client.register(Operation.SELL, Fixtures.utilityPayment("1c-e2e-5"));

    assertThat(sandbox.receiptsByExternalId(sandbox.shopId(), "1c-e2e-5"))
        .singleElement()
        .satisfies(receipt -> assertThat(receipt.id()).isEqualTo(result.id()));
  }

  @Test
  void html500AnswersAreRetriedToSuccess() {
    start(SchetmashSandbox.builder());
    sandbox.behavior().failNextRequestsWith500(2);

    client.register(Operation.SELL, Fixtures.utilityPayment("1c-e2e-6"));

    assertThat(sandbox.receiptsByExternalId(sandbox.shopId(), "1c-e2e-6")).hasSize(1);
  }

  @Test
  void aReceiptTheServiceRejectsFailsWithItsTextAndStoresNothing() {
    start(SchetmashSandbox.builder().strictTaxWhitelist2019(true));
    ReceiptRequest vat22 = Fixtures.utilityPayment("1c-e2e-7");
    Item line = vat22.receipt().items().get(0).withTax(Tax.VAT22);
    ReceiptRequest request = vat22.withReceipt(vat22.receipt().withItems(line));

    SchetmashInvalidReceiptException e = catchThrowableOfType(SchetmashInvalidReceiptException.class,
        () -> client.register(Operation.SELL, request));

    assertThat(e.isDetectedLocally()).isFalse();
    assertThat(e.apiMessage()).isEqualTo("Некорректные данные в чеке, Не верный формат данных tax - vat22");
    assertThat(sandbox.receipts()).isEmpty();
  }

  @Test
  void vat22IsAcceptedByDefaultSince2026() {
    start(SchetmashSandbox.builder());
    ReceiptRequest vat22 = Fixtures.utilityPayment("1c-e2e-8");
    Item line = vat22.receipt().items().get(0).withTax(Tax.VAT22);

    client.register(Operation.SELL, vat22.withReceipt(vat22.receipt().withItems(line)));

    assertThat(sandbox.receipts()).singleElement().satisfies(r -> assertThat(r.requestBody()).contains("vat22"));
  }

  @Test
  void aFinalRejectionByTheCashRegisterShowsAsErrorWithItsText() throws Exception {
    start(SchetmashSandbox.builder());
    sandbox.behavior().nextOutcomes(SchetmashOutcome.TERMINAL_ERROR);
    long id = client.register(Operation.SELL, Fixtures.utilityPayment("1c-e2e-9")).id();
    sandbox.awaitProcessed(Duration.ofSeconds(5));

    ReceiptReport report = client.report(id);

    assertThat(report.status()).isEqualTo(ReceiptStatus.ERROR);
    assertThat(report.error()).hasValueSatisfying(
        error -> assertThat(error.message()).isEqualTo("Сумма платежей меньше суммы чека"));
  }

  @Test
  void aCashRegisterErrorThatIsRetriedTurnsIntoSuccess() throws Exception {
    start(SchetmashSandbox.builder().processingDelay(Duration.ofMillis(300)));
    sandbox.behavior().nextOutcomes(SchetmashOutcome.KKT_ERROR_THEN_SUCCESS);
    long id = client.register(Operation.SELL, Fixtures.utilityPayment("1c-e2e-10")).id();

    assertThat(awaitFinal(id).status()).isEqualTo(ReceiptStatus.SUCCESS);
  }
}
