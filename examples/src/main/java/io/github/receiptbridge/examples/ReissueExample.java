package io.github.receiptbridge.examples;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashOutcome;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * Re-issues a receipt that Счетмаш finally rejected: the operator names the document after checking the Счетмаш
 * cabinet; its fresh report must still be {@code error}, and the new receipt goes out under {@code
 * 1c-<Ref_Key>-r<rejected id>}. Nothing re-issues on its own. On the local sandboxes (unless {@code SCHETMASH_URL} and
 * {@code ONEC_ODATA_URL} are set) the month's demo data is registered with the first receipt rejected by the
 * simulated cash register, and that document is named; against real services, name the documents after the month.
 */
public final class ReissueExample {
  private ReissueExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the organization (INN, name or key; default 7701234567), the month ({@code YYYY-MM};
   *     default the previous one) and the numbers of the documents to re-issue
   */
  public static void main(String[] args) {
    String organization = args.length > 0 ? args[0] : "7701234567";
    YearMonth month = args.length > 1 ? YearMonth.parse(args[1]) : YearMonth.now().minusMonths(1);
    List<String> named = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
    boolean configured = System.getenv("SCHETMASH_URL") != null && System.getenv("ONEC_ODATA_URL") != null;
    try (SchetmashSandbox schetmashSandbox = configured ? null
            : SchetmashSandbox.builder().processingDelay(Duration.ofMillis(100)).start();
        OnecSandbox onecSandbox = configured ? null : OnecSandbox.builder().demo(month).start();
        SchetmashClient schetmash = configured ? SchetmashClient.fromEnv() : SchetmashClient.builder()
            .fromSettings(schetmashSandbox.clientSettings()).build();
        OnecClient onec = configured ? OnecClient.fromEnv() : OnecClient.builder()
            .fromSettings(onecSandbox.clientSettings()).build()) {
      ReceiptRegistrar registrar = ReceiptRegistrar.builder()
          .ledger(OnecLedger.of(onec))
          .fiscalService(SchetmashFiscalService.of(schetmash))
          .statusPollInterval(Duration.ofMillis(200))
          .build();
      DateRange period = DateRange.monthOf(month.atDay(1));
      List<String> documents = named;
      if (!configured) {
        schetmashSandbox.behavior().nextOutcomes(SchetmashOutcome.TERMINAL_ERROR);
        RunReport run = registrar.run(period, organization, Duration.ofSeconds(30));
        documents = run.outcomes().stream().filter(o -> o.status().filter(ReceiptStatus.ERROR::equals).isPresent())
            .map(DocumentOutcome::number).toList();
        System.out.println("Sandbox: " + run.count(Action.SENT) + " receipts registered, rejected: " + documents);
      }
      if (documents.isEmpty()) {
        System.out.println("Name the documents to re-issue after the month, once the Счетмаш cabinet shows that "
            + "their receipts will not succeed");
        return;
      }

      RunReport reissue = registrar.reissue(period, organization, documents);

      for (DocumentOutcome outcome : reissue.outcomes()) {
        String receipt = outcome.receiptId().isPresent() ? ", receipt " + outcome.receiptId().getAsLong() : "";
        System.out.println(outcome.number() + ": " + outcome.action() + receipt
            + outcome.reason().map(reason -> ", " + words(reason)).orElse(""));
      }
      RunReport again = registrar.reissue(period, organization, documents);
      System.out.println("Re-issuing again sends " + again.count(Action.SENT) + " receipts");
    }
  }

  /** A re-issue's reason in this application's words. */
  private static String words(Reason reason) {
    List<String> arguments = reason.arguments();
    return switch (reason.code()) {
      case REISSUED -> "replaces rejected receipt " + arguments.get(0) + " («" + arguments.get(1) + "»)";
      case NOT_REISSUED -> arguments.size() > 2 ? "not re-issued: the document gets no receipt (" + arguments.get(2)
          + ")" : arguments.get(0).isEmpty() ? "not re-issued: no receipt yet"
          : "not re-issued: receipt " + arguments.get(0) + " is " + arguments.get(1);
      default -> reason.toString();
    };
  }
}
