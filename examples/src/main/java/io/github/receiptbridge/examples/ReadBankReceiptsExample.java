package io.github.receiptbridge.examples;

import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a month of «Поступление на расчетный счет» documents of one organization with {@link OnecClient}, page by
 * page. Runs on a local 1C sandbox with a demo month unless {@code ONEC_ODATA_URL} (with {@code ONEC_USER}, {@code
 * ONEC_PASSWORD}, {@code ONEC_TIMEZONE}) is set.
 */
public final class ReadBankReceiptsExample {
  private ReadBankReceiptsExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the organization (INN, name or key; default 7701234567) and the month ({@code YYYY-MM};
   *     default the previous one, the last whole month)
   */
  public static void main(String[] args) {
    String organization = args.length > 0 ? args[0] : "7701234567";
    YearMonth month = args.length > 1 ? YearMonth.parse(args[1]) : YearMonth.now().minusMonths(1);
    boolean configured = System.getenv("ONEC_ODATA_URL") != null;
    try (OnecSandbox sandbox = configured ? null : OnecSandbox.builder().demo(month).start();
        OnecClient onec = configured ? OnecClient.fromEnv() : OnecClient.builder()
            .fromSettings(sandbox.clientSettings()).build()) {
      System.out.println("1C: " + onec.config().serviceRoot());
      List<Organization> found = onec.findOrganizations(organization);
      if (found.size() != 1) {
        System.out.println(found.size() + " organizations match '" + organization + "'");
        return;
      }
      Organization org = found.get(0);
      LocalDate from = month.atDay(1);
      LocalDate to = month.atEndOfMonth();
      System.out.println(org.name() + " (ИНН " + org.inn() + "), " + from + ".." + to);
      BigDecimal sum = BigDecimal.ZERO;
      int count = 0;
      try (Stream<BankReceipt> receipts = onec.bankReceipts(org.key(), from, to)) {
        for (BankReceipt receipt : (Iterable<BankReceipt>) receipts::iterator) {
          System.out.printf("%-12s %s %12s %s%s%n", receipt.number(), receipt.date(), receipt.amount().toPlainString(),
              receipt.operationKind(), receipt.posted() ? "" : " (not posted)");
          sum = sum.add(receipt.amount());
          count++;
        }
      }
      System.out.println(count + " documents, " + sum.toPlainString() + " in all");
    }
  }
}
