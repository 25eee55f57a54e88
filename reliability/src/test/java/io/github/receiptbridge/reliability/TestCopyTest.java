package io.github.receiptbridge.reliability;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.FiscalReport;
import io.github.receiptbridge.core.FiscalService;
import io.github.receiptbridge.core.OutcomeUnknownException;
import io.github.receiptbridge.core.ReceiptDraft;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RegistrationResult;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.CashRegister;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test copy of the infobase (the same {@code Ref_Key}s) was run once against a test shop of the same service, so
 * every document's {@code external_id} is already taken there. Production then registers in its own shop through
 * bursts of HTML 500 pages, which leave outcomes unknown: the global lookup by {@code external_id} would answer with
 * the test shop's receipts. Every eligible document must be fiscalized in the production shop, and 1C must hold no id
 * of the test shop.
 */
@ExtendWith(ReliabilityTable.class)
class TestCopyTest {
  private static final int DOCUMENTS = 100;
  private static final long TEST_SHOP = 41;

  /** {@code fiscal}, counting the registrations that end with an unknown outcome. */
  private static FiscalService countingUnknown(FiscalService fiscal, AtomicInteger unknown) {
    return new FiscalService() {
      @Override
      public RegistrationResult registerSell(ReceiptDraft draft) {
        try {
          return fiscal.registerSell(draft);
        } catch (OutcomeUnknownException e) {
          unknown.incrementAndGet();
          throw e;
        }
      }

      @Override
      public FiscalReport report(long receiptId) {
        return fiscal.report(receiptId);
      }

      @Override
      public void validate(ReceiptDraft draft) {
        fiscal.validate(draft);
      }

      @Override
      public String preview(ReceiptDraft draft) {
        return fiscal.preview(draft);
      }
    };
  }

  @Test
  void aTestCopyInAnotherShopNeverSettlesAProductionPayment() {
    try (Services services = new Services(DOCUMENTS, 13)) {
      // a lower id: the global lookup answers with this shop first
      services.schetmash.setShop(TEST_SHOP, CashRegister.ACTIVE);
      Set<String> eligible = services.eligible();
      try (SchetmashClient testShop = services.schetmashClient().shopId(TEST_SHOP).build();
          OnecClient copy = services.onecClient().build()) {
        RunReport testRun = ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(testShop)).ledger(OnecLedger.of(copy)).build()
            .register(Services.PERIOD, Services.INN);
        assertThat(testRun.isClean()).isTrue();
      }
      services.onec.data().clearAdditionalInfo(); // that was a test copy: production 1C holds nothing of it
      Set<Long> testShopIds = services.audit().serviceReceipts().stream()
          .filter(receipt -> receipt.shopId() == TEST_SHOP).map(Audit.ServiceReceipt::id).collect(Collectors.toSet());
      assertThat(testShopIds).hasSize(eligible.size());

      IntSupplier pages = services.html500Bursts(60);
      // no retries inside the client: each 500 on a registration leaves its outcome unknown to the workflow
      AtomicInteger unknown = new AtomicInteger();
      Services.Pass first;
      try (SchetmashClient production = services.schetmashClient().maxRetries(0).build();
          OnecClient onec = services.onecClient().build()) {
        first = services.runOnce(ReceiptRegistrar.builder().fiscalService(countingUnknown(
            SchetmashFiscalService.of(production), unknown)).ledger(OnecLedger.of(onec)).statusPollInterval(Duration.ofMillis(50))
            .build());
      }
      services.stopTimers();
      int struck = pages.getAsInt();
      services.schetmash.behavior().reset();
      List<Services.Pass> reruns = services.finish(5);

      Audit.Result production = services.audit().inShop(services.schetmash.shopId()).check(eligible, true);
      long adopted = services.audit().savedInOnec().values().stream()
          .filter(saved -> saved.receiptId() != null)
          .filter(saved -> testShopIds.contains(Math.round(Double.parseDouble(saved.receiptId()))))
          .count();
      assertThat(reruns.get(reruns.size() - 1).complete()).isTrue();
      assertThat(production.problems()).isEmpty();
      assertThat(production.receipts()).isEqualTo(eligible.size());
      assertThat(adopted).as("1C ids that belong to the test shop").isZero();
      assertThat(struck).as("the 500 pages struck").isPositive();
      assertThat(unknown.get()).as("registrations whose outcome was unknown").isPositive();
      ReliabilityTable.record(new Trial("Fault", "A test copy of the infobase was registered in test shop "
          + TEST_SHOP + " first (same Ref_Keys); then production got bursts of HTML 500 pages: pages", struck,
          (first.complete() ? "first run finished" : "first run " + first.describe().replace('|', '/'))
              + "; " + unknown.get() + " unknown outcomes settled in the production shop; " + production.receipts()
              + " receipts there for " + production.eligible() + " eligible, " + adopted + " adopted from the test "
              + "shop", production.duplicates(),
          production.lostOrWrong() + (int) adopted));
    }
  }
}
