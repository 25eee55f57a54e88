package io.github.receiptbridge.examples;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks the statuses of a month's receipts: asks Счетмаш about every receipt 1C holds that is not {@code success} yet
 * and writes the status and the check date to 1C, pass after pass while any is still in flight. On the local sandboxes
 * (unless {@code SCHETMASH_URL} and {@code ONEC_ODATA_URL} are set) the month's demo data is registered first, so
 * there are receipts on their way; against real services it only checks.
 */
public final class CheckStatusesExample {
  private static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private CheckStatusesExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the organization (INN, name or key; default 7701234567) and the month ({@code YYYY-MM};
   *     default the previous one)
   */
  public static void main(String[] args) throws InterruptedException {
    String organization = args.length > 0 ? args[0] : "7701234567";
    YearMonth month = args.length > 1 ? YearMonth.parse(args[1]) : YearMonth.now().minusMonths(1);
    boolean configured = System.getenv("SCHETMASH_URL") != null && System.getenv("ONEC_ODATA_URL") != null;
    try (SchetmashSandbox schetmashSandbox = configured ? null
            : SchetmashSandbox.builder().processingDelay(Duration.ofSeconds(2)).start();
        OnecSandbox onecSandbox = configured ? null : OnecSandbox.builder().demo(month).start();
        SchetmashClient schetmash = configured ? SchetmashClient.fromEnv() : SchetmashClient.builder()
            .fromSettings(schetmashSandbox.clientSettings()).build();
        OnecClient onec = configured ? OnecClient.fromEnv() : OnecClient.builder()
            .fromSettings(onecSandbox.clientSettings()).build()) {
      ReceiptRegistrar registrar = ReceiptRegistrar.builder()
          .ledger(OnecLedger.of(onec))
          .fiscalService(SchetmashFiscalService.of(schetmash))
          .build();
      DateRange period = DateRange.monthOf(month.atDay(1));
      if (!configured) {
        System.out.println("Sandbox: " + registrar.register(period, organization).count(Action.SENT)
            + " receipts registered; the simulated cash register fiscalizes each in 2 s");
      }
      long deadline = System.nanoTime() + MAX_WAIT.toNanos();
      RunReport statuses;
      int pass = 0;
      do {
        if (pass > 0) {
          Thread.sleep(500);
        }
        statuses = registrar.checkStatuses(period, organization);
        pass++;
        System.out.println("Pass " + pass + ": " + byStatus(statuses) + ", " + statuses.mismatches().size()
            + " mismatches");
      } while (statuses.outcomes().stream().anyMatch(DocumentOutcome::isInFlight) && System.nanoTime() < deadline
          && !configured);
      long inFlight = statuses.outcomes().stream().filter(DocumentOutcome::isInFlight).count();
      System.out.println(inFlight == 0 ? "No receipt is in flight" : inFlight + " receipts are still in flight");
    }
  }

  /** How many receipts of a pass have each status, as the service names it. */
  private static Map<String, Long> byStatus(RunReport report) {
    return report.outcomes().stream().filter(outcome -> outcome.receiptId().isPresent())
        .collect(Collectors.groupingBy(outcome -> outcome.status().map(ReceiptStatus::wireValue)
            .filter(name -> !name.isEmpty()).orElse("other"), TreeMap::new, Collectors.counting()));
  }
}
