package io.github.receiptbridge.examples;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Registers a month: a «Приход» receipt for every document of an organization not sent yet, its id, status and date
 * written back to 1C; then registers again, which sends nothing. Runs on both local sandboxes with the month's demo
 * data unless {@code SCHETMASH_URL} and {@code ONEC_ODATA_URL} (and their credentials) are set.
 */
public final class RegisterPeriodExample {
  private RegisterPeriodExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the organization (INN, name or key; default 7701234567) and the month ({@code YYYY-MM};
   *     default the previous one)
   */
  public static void main(String[] args) {
    String organization = args.length > 0 ? args[0] : "7701234567";
    YearMonth month = args.length > 1 ? YearMonth.parse(args[1]) : YearMonth.now().minusMonths(1);
    boolean configured = System.getenv("SCHETMASH_URL") != null && System.getenv("ONEC_ODATA_URL") != null;
    try (SchetmashSandbox schetmashSandbox = configured ? null : SchetmashSandbox.start();
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

      RunReport report = registrar.register(period, organization);

      Map<ReasonCode, Long> skipped = report.outcomes().stream().filter(o -> o.action() == Action.SKIPPED)
          .collect(Collectors.groupingBy(o -> o.reasonCode().orElseThrow(), TreeMap::new, Collectors.counting()));
      System.out.println("Registered " + organization + ", " + period + ": " + report.count(Action.SENT) + " sent, "
          + report.count(Action.SKIPPED) + " skipped, " + report.count(Action.FAILED) + " failed");
      System.out.println("Skipped by reason: " + skipped);
      report.outcomes().stream().filter(o -> o.action() == Action.SENT).findFirst().ifPresent(first ->
          System.out.println("First receipt: " + first.number() + " → receipt " + first.receiptId().orElseThrow()
              + " (" + first.rawStatus().orElse("") + ")"));
      RunReport again = registrar.register(period, organization);
      System.out.println("Registering again sends " + again.count(Action.SENT) + " receipts: "
          + again.count(Action.ALREADY_SENT) + " already sent");
      if (!report.isClean()) {
        report.outcomes().stream().filter(o -> o.error().isPresent()).map(DocumentOutcome::error)
            .forEach(error -> System.out.println("  problem: " + error.orElseThrow()));
      }
    }
  }
}
