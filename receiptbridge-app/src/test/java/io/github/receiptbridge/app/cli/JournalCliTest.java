package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.testkit.InProcessCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receipt journal of the app: where it is, what check-setup says of it, and a journal that cannot be written. */
class JournalCliTest {
  @TempDir
  Path folder;

  private DemoSandboxes sandboxes;
  private Map<String, String> environment;

  @BeforeEach
  void start() {
    sandboxes = CliRunner.startSandboxes(Duration.ZERO);
    environment = CliRunner.environmentOf(sandboxes);
  }

  @AfterEach
  void stop() {
    sandboxes.close();
  }

  private static InProcessCli.Result run(Map<String, String> env, String... args) {
    return CliRunner.runForDemoOrganization(env, args);
  }

  @Test
  void withoutReceiptJournalTheJournalIsThePerUserFileUnderHomeAndHoldsEveryReceiptSent() {
    environment.put("RECEIPT_JOURNAL", ""); // empty is unset; a missing one the test runner would set
    environment.put("HOME", folder.toString());
    Path expected = folder.resolve(".local/share/receiptbridge/journal.db");

    InProcessCli.Result setup = run(environment, "check-setup");
    InProcessCli.Result register = run(environment, "register");

    assertThat(setup.out()).contains("Receipt journal: " + expected, "writable");
    assertThat(register.exitCode()).as(register.err()).isZero();
    assertThat(Files.isRegularFile(expected)).isTrue();
    try (ReceiptJournal journal = ReceiptJournal.sqlite(expected)) {
      long journaled = sandboxes.schetmash().receipts().stream()
          .map(receipt -> journal.byDocument(UUID.fromString(receipt.externalId().substring(3))))
          .filter(entries -> entries.size() == 1 && entries.get(0).receiptId().isPresent()).count();
      assertThat(journaled).as("every receipt in the journal with its id").isPositive()
          .isEqualTo(sandboxes.schetmash().receipts().size());
    }
  }

  @Test
  void xdgDataHomeWinsOverHome() {
    environment.put("RECEIPT_JOURNAL", "");
    environment.put("HOME", folder.resolve("home").toString());
    environment.put("XDG_DATA_HOME", folder.resolve("data").toString());

    assertThat(run(environment, "check-setup").out())
        .contains("Receipt journal: " + folder.resolve("data/receiptbridge/journal.db"));
  }

  @Test
  void aJournalThatCannotBeCreatedIsExit3BeforeAnythingIsSent() throws Exception {
    Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
    environment.put("RECEIPT_JOURNAL", notAFolder.resolve("journal.db").toString());

    InProcessCli.Result result = run(environment, "register");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.SETUP);
    assertThat(result.errorLines()).singleElement().asString().contains(notAFolder.resolve("journal.db").toString())
        .contains("RECEIPT_JOURNAL");
    assertThat(result.hasStackTrace()).isFalse();
    assertThat(sandboxes.schetmash().receipts()).isEmpty();
  }

  @Test
  void withNeitherReceiptJournalNorAHomeItIsAUsageErrorThatSaysWhatToSet() {
    environment.put("RECEIPT_JOURNAL", "");

    InProcessCli.Result result = run(environment, "register");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("RECEIPT_JOURNAL is not set", "set RECEIPT_JOURNAL");
    assertThat(sandboxes.schetmash().receipts()).isEmpty();
  }

  @Test
  void theBuiltInSandboxKeepsAJournalOfItsOwnThatIsGoneAfterTheRun() {
    InProcessCli.Result result = CliRunner.runOnSandbox("check-setup");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("Receipt journal: \\S*receiptbridge-sandbox-journal\\S*journal\\.db");
    String path = result.out().lines().filter(line -> line.startsWith("Receipt journal: ")).findFirst().orElseThrow()
        .substring("Receipt journal: ".length());
    assertThat(Path.of(path)).doesNotExist();
  }

  @Test
  void entriesAreReadBackAsTheyWereWritten() {
    Path file = folder.resolve("journal.db");
    environment.put("RECEIPT_JOURNAL", file.toString());
    assertThat(run(environment, "register").exitCode()).isZero();

    try (ReceiptJournal journal = ReceiptJournal.sqlite(file)) {
      var receipt = sandboxes.schetmash().receipts().get(0);
      JournalEntry entry = journal.byDocument(UUID.fromString(receipt.externalId().substring(3))).get(0);
      assertThat(entry.receiptId()).hasValue(receipt.id());
      assertThat(entry.shopId()).isEqualTo(sandboxes.schetmash().shopId());
      assertThat(entry.status()).contains("accept");
    }
  }
}
