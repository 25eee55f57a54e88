package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.ReceiptBridgeCli;

import io.github.receiptbridge.app.common.CliContext;

import io.github.receiptbridge.app.common.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.sandbox.SchetmashOutcome;
import io.github.receiptbridge.testkit.InProcessCli;
import io.github.receiptbridge.testkit.TestJournals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fiscal-correctness settings and commands of the app: policy keys, the calendar, audit and reissue. */
class FiscalCorrectnessCliTest {
  private static DemoSandboxes sandboxes;

  @TempDir
  Path folder;

  @BeforeAll
  static void startSandboxes() {
    sandboxes = CliRunner.startSandboxes(Duration.ZERO);
  }

  @AfterAll
  static void stopSandboxes() {
    sandboxes.close();
  }

  private static Map<String, String> environment(String... keyValues) {
    Map<String, String> environment = CliRunner.environmentOf(sandboxes);
    for (int i = 0; i < keyValues.length; i += 2) {
      environment.put(keyValues[i], keyValues[i + 1]);
    }
    return environment;
  }

  private static InProcessCli.Result run(Map<String, String> environment, String... args) {
    return CliRunner.runForDemoOrganization(environment, args);
  }

  @Test
  void reissueWithoutADocumentIsAUsageErrorAndSendsNothing() {
    int requests = sandboxes.schetmash().requestCount();

    InProcessCli.Result result = run(environment(), "reissue");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("reissue needs --document with the number (or the Ref_Key) of each document",
        "nothing was sent");
    assertThat(sandboxes.schetmash().requestCount()).isEqualTo(requests);
  }

  @Test
  void reissueOfAnUnknownNumberIsAUsageErrorAndOfADocumentWithoutAReceiptIsRefused() {
    InProcessCli.Result unknown = run(environment(), "reissue", "--document", "НЕТ-000001");
    assertThat(unknown.exitCode()).as(unknown.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("no document НЕТ-000001 in");

    String companyPayment = run(environment(), "fill").out().lines()
        .filter(line -> line.contains("skip: payer is an organization")).findFirst().orElseThrow()
        .split("\\s+")[2];
    InProcessCli.Result refused = run(environment(), "reissue", "--document", companyPayment);
    assertThat(refused.exitCode()).as(refused.err()).isZero();
    assertThat(refused.out()).containsPattern("\\nsent\\s+0\\n")
        .contains("not re-issued: the document gets no receipt: payer is an organization");
  }

  @Test
  void theHelpOfReissueSaysToConfirmInTheCabinetFirst() {
    InProcessCli.Result help = CliRunner.runOnSandbox("reissue", "--help");

    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("First confirm in the Счетмаш cabinet that the receipt is finally rejected")
        .contains("Nothing else (register, status, run) ever re-issues");
  }

  @Test
  void operationKindsAndOrganizationPayersAreSettings() {
    InProcessCli.Result everything = run(environment("RECEIPT_OPERATION_KINDS", "*",
        "RECEIPT_ORGANIZATION_PAYERS", "send"), "fill");
    assertThat(everything.exitCode()).as(everything.err()).isZero();
    assertThat(everything.out()).doesNotContain("is not in RECEIPT_OPERATION_KINDS", "payer is an organization")
        .containsPattern("organization\\s+\\S+@\\S+\\s+ОплатаПокупателя\\s+send");

    InProcessCli.Result badKinds = run(environment("RECEIPT_OPERATION_KINDS", "ОплатаПокупателя; Прочее"), "fill");
    assertThat(badKinds.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badKinds.err()).contains("RECEIPT_OPERATION_KINDS must be 1C operation kind names");
    InProcessCli.Result badPayers = run(environment("RECEIPT_ORGANIZATION_PAYERS", "maybe"), "fill");
    assertThat(badPayers.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badPayers.err()).contains("RECEIPT_ORGANIZATION_PAYERS must be 'skip'");
  }

  @Test
  void aCalendarFileAddsDaysOffAndABadLineIsAUsageErrorNamingTheLine() throws IOException {
    Path bad = Files.writeString(folder.resolve("days.txt"), "# extra days\n2026-11-03 holiday\n",
        StandardCharsets.UTF_8);
    InProcessCli.Result result = run(environment("RECEIPT_CALENDAR", bad.toString()), "fill");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("RECEIPT_CALENDAR is wrong", "line 2");

    LocalDate firstMonday = sandboxes.from();
    while (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
      firstMonday = firstMonday.plusDays(1);
    }
    Path good = Files.writeString(folder.resolve("good.txt"), firstMonday.plusDays(1) + " off\n",
        StandardCharsets.UTF_8);
    InProcessCli.Result withDayOff = run(environment("RECEIPT_CALENDAR", good.toString()), "fill", "--from",
        firstMonday.toString(), "--to", firstMonday.toString());
    assertThat(withDayOff.exitCode()).as(withDayOff.err()).isZero();
    assertThat(withDayOff.out()).doesNotContain("was due by " + firstMonday.plusDays(1));
  }

  @Test
  void withoutFromAndToThePeriodRunsFromThePreviousMonthThroughToday() {
    Clock firstOfDecember = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int exitCode = ReceiptBridgeCli.execute(
        CliContext.unattended(TestJournals.withJournal(environment()), print, print, firstOfDecember),
        "fill", "--organization", DemoSandboxes.DEMO_ORGANIZATION);

    assertThat(exitCode).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Bank receipts of 7701234567, 2026-11-01..2026-12-01");
  }

  @Test
  void withoutFromAndToAnAuditCoversTheLastThirteenMonthsAndItsHelpSaysSo() {
    Clock seventhOfDecember = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int exitCode = ReceiptBridgeCli.execute(
        CliContext.unattended(TestJournals.withJournal(environment()), print, print, seventhOfDecember),
        "audit", "--organization", DemoSandboxes.DEMO_ORGANIZATION);
    InProcessCli.Result withTo = run(environment(), "audit", "--to", "2026-03-15");
    InProcessCli.Result help = run(environment(), "audit", "--help");

    assertThat(exitCode).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Audit of 7701234567, 2025-12-01..2026-12-07");
    assertThat(withTo.out()).as(withTo.err()).contains("Audit of 7701234567, 2025-03-01..2026-03-15");
    assertThat(help.out().replaceAll("\\s+", " ")).contains("the last 13 months", "12 months before");
  }

  @Test
  void runStopsWhenNothingIsInFlightAndSaysWhatToDoAboutAnError() {
    try (DemoSandboxes own = CliRunner.startSandboxes(Duration.ofMillis(50))) {
      own.schetmash().behavior().nextOutcomes(SchetmashOutcome.TERMINAL_ERROR);
      Map<String, String> environment = CliRunner.environmentOf(own);
      long started = System.nanoTime();

      InProcessCli.Result result = run(environment, "run", "--wait", "5m");

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
      assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INCOMPLETE);
      assertThat(result.out()).containsPattern("receipts error\\s+1\\n");
      assertThat(result.err()).contains("1 receipt(s) are in error", "wait and run 'status' again",
          "'reissue --document <number>'");
    }
  }

  @Test
  void auditOfAFinishedRunFindsNothingToFlag() {
    InProcessCli.Result ran = run(environment(), "run", "--wait", "30s");
    assertThat(ran.exitCode()).as(ran.out() + ran.err()).isZero();

    InProcessCli.Result audit = run(environment(), "audit");

    assertThat(audit.exitCode()).as(audit.err()).isZero();
    assertThat(audit.out()).contains("Audit of 7701234567").doesNotContain("mismatch");
  }
}
