package io.github.receiptbridge.examples;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fills a month: what register would do with each «Поступление на расчетный счет» of an organization, and why a
 * document is skipped, with the reasons put in words here, by the application. Sends and writes nothing. Runs on both
 * local sandboxes with the month's demo data unless {@code SCHETMASH_URL} and {@code ONEC_ODATA_URL} (and their
 * credentials) are set.
 */
public final class FillPeriodExample {
  private FillPeriodExample() {}

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
      List<FillRow> rows;
      try (Stream<FillRow> fill = registrar.fill(period, organization)) {
        rows = fill.toList();
      }
      Map<PlannedAction, Long> planned = rows.stream()
          .collect(Collectors.groupingBy(FillRow::action, TreeMap::new, Collectors.counting()));
      System.out.println(organization + ", " + period + ": " + rows.size() + " documents, " + planned);
      rows.stream().filter(row -> row.action() == PlannedAction.SKIP).limit(5).forEach(row ->
          System.out.printf("  skip %s of %s, %s: %s%n", row.number(), row.date().toLocalDate(),
              row.amount().toPlainString(), words(row.skipReason().orElseThrow())));
    }
  }

  /** A skip reason in this application's words; the code and its arguments say which case it is. */
  private static String words(Reason reason) {
    List<String> arguments = reason.arguments();
    return switch (reason.code()) {
      case MARKED_FOR_DELETION -> "marked for deletion";
      case NOT_POSTED -> "not posted";
      case OPERATION_KIND -> "operation kind " + arguments.get(0) + " gets no receipt";
      case ORGANIZATION_PAYER -> "paid by an organization";
      case AMOUNT_NOT_POSITIVE -> "amount " + arguments.get(0) + " is not above zero";
      case NO_CONTACT -> "no e-mail or mobile phone of the payer";
      case POSSIBLE_DUPLICATE -> "possible duplicate of " + arguments.get(0) + " of " + arguments.get(1);
      default -> reason.toString();
    };
  }
}
