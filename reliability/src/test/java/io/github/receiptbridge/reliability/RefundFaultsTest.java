package io.github.receiptbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refund receipts of the demo month's refund documents sent under Счетмаш faults (HTML 500 bursts, receipts stored
 * and the connection dropped) and 1C write failures, each refund sent three times while the faults last, then
 * re-run until done and their statuses checked: one {@code sell_refund} per refund document, never more than the
 * payment's receipt.
 */
@ExtendWith(ReliabilityTable.class)
class RefundFaultsTest {
  private static final int ROUNDS_UNDER_FAULTS = 3;

  @TempDir
  Path folder;

  @Test
  void refundsUnderFaultsEndWithOneSellRefundEach() {
    try (Services services = new Services(YearMonth.of(2026, 10));
        ReceiptJournal journal = ReceiptJournal.sqlite(folder.resolve("journal.db"))) {
      Set<String> eligible = services.eligible();
      assertThat(services.finish(5)).last().matches(Services.Pass::complete, "the month's sales are complete");
      List<RefundAudit.Refund> refunds = RefundAudit.sendable(
          services.registrar(journal).refunds(Services.PERIOD, Services.INN));
      assertThat(refunds).as("the demo month holds refunds to residents").hasSizeGreaterThanOrEqualTo(2);

      IntSupplier pages = services.html500Bursts(40);
      services.schetmash.behavior().dropNextRegistrationsAfterCommit(4);
      services.onec.behavior().failNextWrites(6);
      int failed = 0;
      for (int round = 0; round < ROUNDS_UNDER_FAULTS; round++) {
        for (RefundAudit.Refund refund : refunds) {
          failed += attempt(services.registrar(journal), refund) ? 0 : 1;
          assertThat(services.audit().duplicatesNow()).as("no refund receipt twice, round %d", round).isZero();
        }
      }
      services.stopTimers();
      // pages counts the pending drops off as well, so the 4 drops are added whole
      int struck = pages.getAsInt() + 4 + (6 - services.onec.behavior().pendingFaults());
      services.schetmash.behavior().reset();
      services.onec.behavior().reset();

      int reruns = 0;
      Set<RefundAudit.Refund> open = new HashSet<>(refunds);
      while (!open.isEmpty() && reruns < 5) {
        reruns++;
        open.removeIf(refund -> attempt(services.registrar(journal), refund));
      }
      assertThat(open).as("every refund is done after %d re-runs", reruns).isEmpty();
      for (int pass = 0; pass < 20 && !allSuccess(services, refunds); pass++) {
        RunReport statuses = services.registrar(journal).checkStatuses(Services.PERIOD, Services.INN);
        assertThat(statuses.count(Action.FAILED)).isZero();
        sleep(50);
      }

      RefundAudit.Result refundResult = RefundAudit.check(services.audit(), refunds);
      Set<String> documents = new HashSet<>(eligible);
      refunds.forEach(refund -> documents.add(refund.key().toString()));
      Audit.Result result = services.audit().check(documents, true);
      assertThat(refundResult.problems()).isEmpty();
      assertThat(result.problems()).as("each refund's id and final status are on its document in 1C").isEmpty();
      assertThat(refundResult.refunds()).isEqualTo(refunds.size());
      ReliabilityTable.record(new Trial("Refund", "The demo month's refunds to residents (" + refunds.size()
          + " documents) sent with `refund` " + ROUNDS_UNDER_FAULTS + " times each under faults (Счетмаш: bursts of "
          + "5 HTML 500 pages every 100 ms and 4 stored-then-dropped; 1C: 6 failed writes), then re-run until done and "
          + "statuses checked: faults struck", struck, failed + " refund runs left the refund FAILED under faults; "
          + "finished by " + reruns + " re-run(s); " + refundResult.refunds() + " sell_refund for " + refunds.size()
          + " refund documents, none above its payment's receipt, every id and `success` on the refund document in "
          + "1C; " + result.receipts() + " receipts in all", refundResult.duplicates() + result.duplicates(),
          refundResult.missing() + refundResult.over() + result.lostOrWrong()));
    }
  }

  /** One {@code refund} of one document; true once the refund document holds its receipt. */
  private static boolean attempt(ReceiptRegistrar registrar, RefundAudit.Refund refund) {
    try {
      DocumentOutcome outcome = registrar.refund(Services.PERIOD, Services.INN, refund.key().toString(),
          refund.payment().toString()).outcomes().get(0);
      return outcome.action() == Action.SENT || outcome.action() == Action.UPDATED
          || outcome.reasonCode().filter(code -> code == ReasonCode.REFUND_ALREADY_SENT).isPresent();
    } catch (RuntimeException stopped) {
      return false;
    }
  }

  private static boolean allSuccess(Services services, List<RefundAudit.Refund> refunds) {
    var saved = services.audit().savedInOnec();
    return refunds.stream().allMatch(refund -> saved.containsKey(refund.key().toString())
        && "success".equals(saved.get(refund.key().toString()).status()));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
