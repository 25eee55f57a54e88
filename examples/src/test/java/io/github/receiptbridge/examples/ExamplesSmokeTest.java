package io.github.receiptbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each example runs to the end on the sandboxes when no endpoint is configured, and prints what it did. The workflow
 * examples run on the demo data of a fixed month, whatever today is.
 */
class ExamplesSmokeTest {
  private static final String[] ROMASHKA_OCTOBER = {"7701234567", "2026-10"};

  private final PrintStream originalOut = System.out;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  @BeforeEach
  void captureOutput() {
    assumeTrue(System.getenv("SCHETMASH_URL") == null && System.getenv("ONEC_ODATA_URL") == null,
        "the examples would talk to the configured services");
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
  }

  private String output() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  /** The number that {@code regex}'s first group finds in the output. */
  private long number(String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(output());
    assertThat(matcher.find()).as("output matches %s:%n%s", regex, output()).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  @Test
  void registerReceiptExampleGetsAFinalStatus() throws InterruptedException {
    RegisterReceiptExample.main(new String[0]);

    assertThat(output()).contains("Registered receipt").contains("is success").contains("ФД ");
  }

  @Test
  void readBankReceiptsExampleListsTheMonth() {
    ReadBankReceiptsExample.main(new String[0]);

    assertThat(output()).contains("УК Ромашка (ИНН 7701234567)").containsPattern("\\d+ documents, [\\d.]+ in all");
  }

  @Test
  void fullRunExampleRegistersAndSendsNothingTwice() {
    FullRunExample.main(new String[0]);

    assertThat(output()).containsPattern("\\d+ sent, \\d+ successful").contains("Registering again sends 0 receipts");
  }

  @Test
  void fillPeriodExampleShowsWhatRegisterWouldDoAndWhyDocumentsAreSkipped() {
    FillPeriodExample.main(ROMASHKA_OCTOBER);

    long documents = number("2026-10-01\\.\\.2026-10-31: (\\d+) documents");
    assertThat(number("SEND=(\\d+)") + number("SKIP=(\\d+)")).isEqualTo(documents);
    assertThat(output()).containsPattern("  skip \\S+ of 2026-10-\\d\\d, [-\\d.]+: \\S+");
  }

  @Test
  void registerPeriodExampleSendsEachEligibleDocumentOnce() {
    RegisterPeriodExample.main(ROMASHKA_OCTOBER);

    long sent = number("(\\d+) sent, \\d+ skipped, 0 failed");
    assertThat(sent).isPositive();
    assertThat(output()).containsPattern("Skipped by reason: \\{[A-Z_]+=\\d+")
        .containsPattern("First receipt: \\S+ → receipt \\d+ \\(accept\\)")
        .contains("Registering again sends 0 receipts: " + sent + " already sent");
  }

  @Test
  void checkStatusesExampleAsksUntilNoReceiptIsInFlight() throws InterruptedException {
    CheckStatusesExample.main(ROMASHKA_OCTOBER);

    assertThat(output()).contains("Pass 1: ").containsPattern("success=\\d+").contains("No receipt is in flight");
  }

  @Test
  void auditExampleFindsTheDocumentMarkedForDeletionAfterItsReceipt() {
    AuditExample.main(ROMASHKA_OCTOBER);

    Matcher deleted = Pattern.compile("document (\\S+) was then marked for deletion").matcher(output());
    assertThat(deleted.find()).as(output()).isTrue();
    assertThat(number("receipts compared, (\\d+) need a person")).isEqualTo(1);
    assertThat(output()).containsPattern("  " + Pattern.quote(deleted.group(1))
        + " of 2026-10-\\d\\d: receipt \\d+ stands for a document now marked for deletion");
  }

  @Test
  void reissueExampleReplacesTheRejectedReceiptOnceAndOnlyOnce() {
    ReissueExample.main(ROMASHKA_OCTOBER);

    assertThat(output()).containsPattern("rejected: \\[\\S+]")
        .containsPattern(": SENT, receipt \\d+, replaces rejected receipt \\d+ "
            + "\\(«Сумма платежей меньше суммы чека»\\)")
        .contains("Re-issuing again sends 0 receipts");
  }

  @Test
  void ownLedgerExampleRegistersTheStoresPaymentsWithoutAny1cType() {
    OwnLedgerExample.main(new String[] {"2026-10"});

    long payments = number("(\\d+) payments of 2026-10");
    assertThat(output()).contains(": " + payments + " sent, " + payments + " successful")
        .containsPattern("The store holds receipt \\d+ \\(success\\) for payment \\S+")
        .contains("Registering again sends 0 receipts");
  }
}
