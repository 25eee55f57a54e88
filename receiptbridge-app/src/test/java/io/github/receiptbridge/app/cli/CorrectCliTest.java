package io.github.receiptbridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.testkit.InProcessCli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The correct command on the demo data of both simulators: a changed amount, its repeat, and no --document. */
class CorrectCliTest {
  @TempDir
  Path folder;

  private DemoSandboxes sandboxes;
  private Map<String, String> environment;

  @BeforeEach
  void start() {
    sandboxes = CliRunner.startSandboxes(Duration.ZERO);
    environment = CliRunner.environmentOf(sandboxes);
    environment.put("RECEIPT_JOURNAL", folder.resolve("journal.db").toString());
  }

  @AfterEach
  void stop() {
    sandboxes.close();
  }

  /** A document of the period whose receipt is success in 1C. */
  private UUID fiscalizedDocument() {
    return sandboxes.onec().data().bankReceiptKeys().stream()
        .filter(key -> sandboxes.onec().data().additionalInfo(key, OnecLedger.STATUS_PROPERTY)
            .filter("success"::equals).isPresent())
        .findFirst().orElseThrow(() -> new AssertionError("no document with a success receipt"));
  }

  private void patchAmount(UUID document, String amount) throws Exception {
    String url = sandboxes.onec().serviceRoot() + "Document_ПоступлениеНаРасчетныйСчет(guid'" + document
        + "')?$format=json";
    String credentials = Base64.getEncoder().encodeToString((sandboxes.onec().user() + ":"
        + sandboxes.onec().password()).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(url.replace("'", "%27")))
        .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"СуммаДокумента\":" + amount + "}")).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
  }

  @Test
  void withoutADocumentItExits2AndSendsNothing() {
    InProcessCli.Result result = CliRunner.runForDemoOrganization(environment, "correct");

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
    assertThat(result.err()).contains("--document");
    assertThat(sandboxes.schetmash().receipts()).isEmpty();
  }

  @Test
  void aChangedAmountIsCorrectedOnceAndTheHelpSaysWhyNoCorrectionReceipt() throws Exception {
    InProcessCli.Result run = CliRunner.runForDemoOrganization(environment, "run");
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    UUID document = fiscalizedDocument();
    patchAmount(document, "12.34");
    int before = sandboxes.schetmash().receipts().size();

    InProcessCli.Result correct = CliRunner.runForDemoOrganization(environment, "correct", "--document",
        document.toString());
    InProcessCli.Result again = CliRunner.runForDemoOrganization(environment, "correct", "--document",
        document.toString());
    InProcessCli.Result help = CliRunner.run(environment, "correct", "--help");

    assertThat(correct.exitCode()).as(correct.out() + correct.err()).isZero();
    assertThat(correct.out()).containsPattern("(?m)^sent\\s+1$");
    assertThat(sandboxes.schetmash().receipts()).hasSize(before + 2);
    assertThat(sandboxes.schetmash().receipts().stream().filter(r -> "sell_refund".equals(r.operation())))
        .singleElement().satisfies(r -> assertThat(r.externalId()).startsWith("1c-" + document + "-c"));
    assertThat(again.out()).as(again.err()).containsPattern("(?m)^sent\\s+0$");
    assertThat(sandboxes.schetmash().receipts()).hasSize(before + 2);
    assertThat(help.out()).contains("sell_correction").contains("self-initiated");
  }
}
