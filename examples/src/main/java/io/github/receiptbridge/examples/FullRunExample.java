package io.github.receiptbridge.examples;

import io.github.receiptbridge.core.Action;
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
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A full run with {@link ReceiptRegistrar}: fill the bank receipts of the previous month and the current month in
 * 1C, register a receipt for each eligible one, write the receipt ids and statuses back to 1C, and poll until they
 * are final. Runs on both local sandboxes with demo data for those days unless {@code SCHETMASH_URL} and {@code
 * ONEC_ODATA_URL} (and their credentials) are set.
 */
public final class FullRunExample {
  private FullRunExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the organization (INN, name or key; default 7701234567)
   */
  public static void main(String[] args) {
    String organization = args.length > 0 ? args[0] : "7701234567";
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
    boolean configured = System.getenv("SCHETMASH_URL") != null && System.getenv("ONEC_ODATA_URL") != null;
    try (SchetmashSandbox schetmashSandbox = configured ? null
            : SchetmashSandbox.builder().processingDelay(Duration.ofMillis(200)).start();
        OnecSandbox onecSandbox = configured ? null : OnecSandbox.builder().demoThrough(today).start();
        SchetmashClient schetmash = configured ? SchetmashClient.fromEnv() : SchetmashClient.builder()
            .fromSettings(schetmashSandbox.clientSettings()).build();
        OnecClient onec = configured ? OnecClient.fromEnv() : OnecClient.builder()
            .fromSettings(onecSandbox.clientSettings()).build()) {
      ReceiptRegistrar registrar = ReceiptRegistrar.builder()
          .ledger(OnecLedger.of(onec))
          .fiscalService(SchetmashFiscalService.of(schetmash))
          .statusPollInterval(Duration.ofMillis(500))
          .build();
      DateRange period = DateRange.fromPreviousMonthThrough(today);
      RunReport report = registrar.run(period, organization, Duration.ofMinutes(2));
      System.out.println("Run of " + organization + ", " + period + ": " + report.totals());
      long successful = report.outcomes().stream()
          .filter(o -> o.status().filter(ReceiptStatus.SUCCESS::equals).isPresent()).count();
      System.out.println(report.count(Action.SENT) + " sent, " + successful + " successful, "
          + report.count(Action.SKIPPED) + " skipped, " + report.overdue().size() + " overdue");
      RunReport again = registrar.register(period, organization);
      System.out.println("Registering again sends " + again.count(Action.SENT) + " receipts: "
          + again.count(Action.ALREADY_SENT) + " are already sent");
    }
  }
}
