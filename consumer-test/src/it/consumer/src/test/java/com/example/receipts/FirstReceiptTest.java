package com.example.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.junit.ReceiptBridgeSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What a user's first test looks like: the simulators from the JUnit extension, the clients built from their
 * settings, one registration of the demo month's «УК Ромашка», and the proof on the Счетмаш side. The month is
 * fixed, so the test sees the same documents on every day it runs.
 */
@ReceiptBridgeSandbox(demo = true, demoMonth = "2026-11")
class FirstReceiptTest {
  private static final String UK_ROMASHKA = "7701234567";

  @Test
  void aDemoPaymentGetsExactlyOneReceiptAndASecondRunSendsNothing(SchetmashSandbox schetmash, OnecSandbox onec) {
    try (SchetmashClient fiscal = SchetmashClient.builder().fromSettings(schetmash.clientSettings()).build();
        OnecClient ledger = OnecClient.builder().fromSettings(onec.clientSettings()).build()) {
      ReceiptRegistrar registrar = ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(fiscal))
          .ledger(OnecLedger.of(ledger)).build();
      DateRange month = DateRange.monthOf(LocalDate.of(2026, 11, 1));

      RunReport first = registrar.register(month, UK_ROMASHKA);

      int sent = first.count(Action.SENT);
      assertTrue(sent > 0, "the demo month has payments to register: " + first.totals());
      assertEquals(sent, schetmash.receipts().size(), "one receipt per sent document: " + first.totals());
      DocumentOutcome one = first.outcomes().stream().filter(o -> o.action() == Action.SENT).findFirst()
          .orElseThrow();
      assertEquals(1, schetmash.receipts().stream().filter(r -> r.externalId().equals(one.externalId())).count(),
          "document " + one.number() + " reached Счетмаш once");
      assertEquals(one.receiptId().orElseThrow(), schetmash.receiptsByExternalId(schetmash.shopId(),
          one.externalId()).get(0).id());

      RunReport second = registrar.register(month, UK_ROMASHKA);

      assertEquals(0, second.count(Action.SENT), "nothing is sent twice: " + second.totals());
      assertEquals(sent, second.count(Action.ALREADY_SENT));
      assertEquals(sent, schetmash.receipts().size());
    }
  }
}
