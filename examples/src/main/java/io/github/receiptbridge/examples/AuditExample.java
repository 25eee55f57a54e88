package io.github.receiptbridge.examples;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Audits a month: compares every receipt 1C holds with its document, and lists what needs a refund or correction
 * receipt (a changed amount, a document marked for deletion or unposted after its receipt). Writes and sends nothing.
 * On the local sandboxes (unless {@code SCHETMASH_URL} and {@code ONEC_ODATA_URL} are set) the month's demo data is
 * registered first and an accountant then marks one paid document for deletion in 1C, which the audit finds.
 */
public final class AuditExample {
  private AuditExample() {}

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
      if (!configured) {
        RunReport run = registrar.run(period, organization, Duration.ofSeconds(30));
        DocumentOutcome paid = run.outcomes().stream().filter(o -> o.action() == Action.SENT).findFirst()
            .orElseThrow();
        markForDeletion(onecSandbox, paid.documentKey());
        System.out.println("Sandbox: " + run.count(Action.SENT) + " receipts registered; document " + paid.number()
            + " was then marked for deletion in 1C");
      }

      RunReport audit = registrar.audit(period, organization);

      System.out.println("Audit of " + period + ": " + audit.outcomes().size() + " receipts compared, "
          + audit.mismatches().size() + " need a person");
      for (DocumentOutcome mismatch : audit.mismatches()) {
        System.out.println("  " + mismatch.number() + " of " + mismatch.date().toLocalDate() + ": "
            + words(mismatch.reason().orElseThrow()));
      }
    }
  }

  /** A mismatch in this application's words, from the reason's code and arguments. */
  private static String words(Reason reason) {
    List<String> arguments = reason.arguments();
    String receipt = "receipt " + arguments.get(0);
    return switch (reason.code()) {
      case AMOUNT_CHANGED -> receipt + " is for " + arguments.get(1) + ", the document now for " + arguments.get(2)
          + ": a correction receipt is needed";
      case DELETED_AFTER_RECEIPT -> receipt + " stands for a document now marked for deletion: refund it or restore "
          + "the document";
      case UNPOSTED_AFTER_RECEIPT -> receipt + " stands for a document no longer posted";
      case FISCALIZED_TWICE -> "receipts " + arguments.get(0) + " and " + arguments.get(1) + " are both fiscalized: "
          + "refund one";
      default -> reason.toString();
    };
  }

  /** What an accountant does in 1C, done through the sandbox's OData interface: marks a document for deletion. */
  private static void markForDeletion(OnecSandbox sandbox, UUID document) {
    String credentials = Base64.getEncoder().encodeToString((sandbox.user() + ":" + sandbox.password())
        .getBytes(StandardCharsets.UTF_8));
    String entitySet = URLEncoder.encode("Document_ПоступлениеНаРасчетныйСчет", StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.serviceRoot() + entitySet + "(guid'" + document
            + "')?$format=json"))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/json; charset=utf-8")
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"DeletionMark\":true}"))
        .build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("1C answered " + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
