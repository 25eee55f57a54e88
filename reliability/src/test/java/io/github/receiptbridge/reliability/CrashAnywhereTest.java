package io.github.receiptbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.app.ReceiptBridgeCli;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.testkit.InProcessCli;
import io.github.receiptbridge.testkit.TestJournals;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash anywhere: the app runs as a child process against simulators in a process of their own and is killed with
 * SIGKILL at random moments of {@code register} and {@code status}, re-run each time, and the period finished.
 * Afterwards every eligible document has exactly one receipt in the service, its id is written to that document in
 * 1C, and every status in 1C is the service's.
 */
@ExtendWith(ReliabilityTable.class)
class CrashAnywhereTest {
  private static final YearMonth MONTH = YearMonth.of(2026, 10);
  private static final String ORGANIZATION = "7701234567"; // «УК Ромашка» of the demo month
  private static final int SIGKILL_EXIT = 128 + 9;

  /**
   * How slow the simulators are and how much the app does at once: slow enough that a run is still working when it
   * is killed, and receipts stay pending long enough for {@code status} to have work.
   */
  private record Pace(Duration schetmashLatency, Duration onecLatency, Duration processing, int concurrency,
      int firstKillMillis, int lastKillMillis) {
  }

  @TempDir
  Path folder;

  @Test
  void survivesKillsDuringRegisterAndStatus() throws Exception {
    killAndFinish(8, 11L, "fast part", new Pace(Duration.ofMillis(60), Duration.ofMillis(15), Duration.ofMillis(1500), 4,
        300, 3000));
  }

  @Test
  @Tag("long")
  void survivesSixtyKillsOverOnePeriod() throws Exception {
    killAndFinish(60, 20261027L, "long part",
        new Pace(Duration.ofMillis(250), Duration.ofMillis(15), Duration.ofSeconds(20), 1, 800, 4000));
  }

  private void killAndFinish(int kills, long seed, String part, Pace pace) throws Exception {
    Set<String> eligible = referenceReceipts();
    assertThat(eligible).as("a fault-free run of the same month").hasSizeGreaterThan(100);
    ChildCli cli = new ChildCli(folder);
    Random random = new Random(seed);
    int killed = 0;
    int killedInRegister = 0;
    int killedInStatus = 0;
    int finishedBeforeTheKill = 0;
    int killedMidWork = 0;
    int killedBetweenServices = 0;
    int maxDuplicates = 0;
    try (StandaloneSandboxes sandboxes = StandaloneSandboxes.start(cli, MONTH, pace.processing(),
        pace.schetmashLatency(), pace.onecLatency())) {
      Audit audit = sandboxes.audit();
      while (killed < kills) {
        boolean register = killed < 2 || random.nextInt(5) < 3;
        Set<Object> before = audit.snapshot();
        Set<String> unwrittenBefore = audit.unwritten();
        ChildCli.Child child = cli.start(sandboxes.environment(), List.of(),
            period(register ? "register" : "status", pace));
        long killAfterMillis = pace.firstKillMillis()
            + random.nextInt(pace.lastKillMillis() - pace.firstKillMillis());
        if (!child.process().waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
          child.process().destroyForcibly();
          assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        if (child.process().exitValue() != SIGKILL_EXIT) {
          assertThat(child.process().exitValue()).as("a run that was not killed ends well: " + child.stderr())
              .isIn(0, 1); // 1: receipts still pending
          finishedBeforeTheKill++;
        } else {
          killed++;
          if (!audit.snapshot().equals(before)) {
            killedMidWork++; // the run had already sent or written something when it died
          }
          if (!unwrittenBefore.containsAll(audit.unwritten())) {
            killedBetweenServices++; // it died after a receipt was stored and before 1C held its id
          }
          if (register) {
            killedInRegister++;
          } else {
            killedInStatus++;
          }
        }
        maxDuplicates = Math.max(maxDuplicates, audit.duplicatesNow());
      }

      ChildCli.Child finish = cli.start(sandboxes.environment(), List.of(), period("register", pace));
      assertThat(finish.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(finish.process().exitValue()).as(finish.stderr()).isZero();
      Audit.Result result = finishStatuses(cli, sandboxes, eligible, pace);

      assertThat(maxDuplicates).as("duplicates seen after any kill").isZero();
      assertThat(result.problems()).isEmpty();
      assertThat(result.receipts()).isEqualTo(eligible.size());
      int journaled = journaledReceipts(cli, audit);
      assertThat(journaled).as("every receipt in the journal the killed runs shared, with its id")
          .isEqualTo(result.receipts());
      ReliabilityTable.record(new Trial("Crash", "SIGKILL of the app at a random moment ("
          + pace.firstKillMillis() / 1000.0 + "–" + pace.lastKillMillis() / 1000.0 + " s after start) of "
          + "`register` (" + killedInRegister + ") and `status` (" + killedInStatus + "), re-run each time, then "
          + "the period finished (" + part + ": Счетмаш " + pace.schetmashLatency().toMillis() + " ms, 1C "
          + pace.onecLatency().toMillis() + " ms, `--concurrency " + pace.concurrency() + "`)", killed,
          killedMidWork + " kills hit a run after it had sent or written something, " + killedBetweenServices
              + " between storing a receipt in the service and writing its id to 1C; period finished: "
              + result.receipts() + " receipts for " + result.eligible() + " eligible documents, every id and status "
              + "in 1C matches the service (" + finishedBeforeTheKill + " more runs ended before their kill)",
          maxDuplicates + result.duplicates(), result.lostOrWrong()));
    }
  }

  /**
   * How many of the service's receipts the children's journal holds under their external_id with the same id, read
   * after every kill: a kill between a send and its record leaves the entry without an id, and the next run's send
   * of the same external_id completes it.
   */
  private static int journaledReceipts(ChildCli cli, Audit audit) {
    try (ReceiptJournal journal = ReceiptJournal.sqlite(cli.journal())) {
      int journaled = 0;
      for (Audit.ServiceReceipt receipt : audit.serviceReceipts()) {
        journaled += journal.byDocument(UUID.fromString(receipt.documentKey())).stream()
            .anyMatch(entry -> entry.externalId().equals(receipt.externalId())
                && entry.receiptId().equals(OptionalLong.of(receipt.id()))) ? 1 : 0;
      }
      return journaled;
    }
  }

  /** Runs {@code status} until every receipt reached its final state, then audits with statuses compared. */
  private static Audit.Result finishStatuses(ChildCli cli, StandaloneSandboxes sandboxes, Set<String> eligible,
      Pace pace) throws InterruptedException {
    Audit audit = sandboxes.audit();
    for (int attempt = 0; attempt < 20; attempt++) {
      Thread.sleep(Math.min(pace.processing().toMillis(), 5000));
      ChildCli.Child status = cli.start(sandboxes.environment(), List.of(), period("status", pace));
      assertThat(status.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(status.process().exitValue()).as("0: all final, 1: some pending; " + status.stderr()).isIn(0, 1);
      boolean allFinal = audit.serviceReceipts().stream().allMatch(r -> r.status().equals("success"));
      Map<String, Audit.Saved> saved = audit.savedInOnec();
      if (allFinal && saved.values().stream().allMatch(s -> "success".equals(s.status()))) {
        break;
      }
    }
    return audit.check(eligible, true);
  }

  private static String[] period(String command, Pace pace) {
    return new String[] {command, "--organization", ORGANIZATION, "--from", MONTH.atDay(1).toString(),
        "--to", MONTH.atEndOfMonth().toString(), "--concurrency", String.valueOf(pace.concurrency())};
  }

  /** The documents a run without faults gives a receipt to, on a fresh copy of the same demo month. */
  private static Set<String> referenceReceipts() {
    try (SchetmashSandbox schetmash = SchetmashSandbox.builder().processingDelay(Duration.ZERO).start();
        OnecSandbox onec = OnecSandbox.builder().demo(MONTH).start()) {
      Map<String, String> environment = new TreeMap<>(schetmash.clientSettings());
      environment.putAll(onec.clientSettings());
      InProcessCli.Result register = InProcessCli.run(ReceiptBridgeCli::execute,
          TestJournals.withJournal(environment), "register",
          "--organization", ORGANIZATION, "--from", MONTH.atDay(1).toString(), "--to", MONTH.atEndOfMonth().toString());
      assertThat(register.exitCode()).as(register.err()).isZero();
      Audit audit = new Audit(schetmash.baseUrl(), onec.serviceRoot(), onec.user(), onec.password());
      return audit.serviceReceipts().stream().map(Audit.ServiceReceipt::documentKey).collect(Collectors.toSet());
    }
  }
}
