package io.github.receiptbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.ReceiptJournal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's {@code refund} command as a child JVM, killed with SIGKILL at random moments and run again, over the demo
 * month's refund documents; then each refund finished and {@code status} run: exactly one {@code sell_refund} per
 * refund document, its id and final status on the document in 1C.
 */
@ExtendWith(ReliabilityTable.class)
class RefundUnderKillsTest {
  private static final int SIGKILL_EXIT = 137;

  @TempDir
  Path folder;

  @Test
  void refundKilledAtRandomMomentsShort() throws Exception {
    trial(3, 31, "fast part");
  }

  @Test
  @Tag("long")
  void refundKilledAtRandomMoments() throws Exception {
    trial(20, 32, "long part");
  }

  private void trial(int kills, long seed, String part) throws Exception {
    try (Services services = new Services(YearMonth.of(2026, 10))) {
      Set<String> eligible = services.eligible();
      assertThat(services.finish(5)).last().matches(Services.Pass::complete, "the month's sales are complete");
      List<RefundAudit.Refund> refunds;
      try (ReceiptJournal journal = ReceiptJournal.sqlite(folder.resolve("list.db"))) {
        refunds = RefundAudit.sendable(services.registrar(journal).refunds(Services.PERIOD, Services.INN));
      }
      assertThat(refunds).hasSizeGreaterThanOrEqualTo(2);
      services.schetmash.behavior().latency(Duration.ofMillis(150));
      services.onec.behavior().latency(Duration.ofMillis(40)); // a refund lasts long enough to be killed mid-way
      Map<String, String> environment = new TreeMap<>(services.schetmash.clientSettings());
      environment.putAll(services.onec.clientSettings());
      ChildCli cli = new ChildCli(folder);
      Random random = new Random(seed);
      int killed = 0;
      int changed = 0;
      List<Integer> exits = new ArrayList<>();
      for (int attempt = 0; attempt < 8 * kills && killed < kills; attempt++) {
        RefundAudit.Refund refund = refunds.get(attempt % refunds.size());
        Set<Object> before = services.audit().snapshot();
        ChildCli.Child child = cli.start(environment, List.of(), refund(refund));
        if (!child.process().waitFor(1000 + random.nextInt(4000), TimeUnit.MILLISECONDS)) {
          child.process().destroyForcibly();
          assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        int exit = child.process().exitValue();
        exits.add(exit);
        if (exit == SIGKILL_EXIT) {
          killed++;
          changed += services.audit().snapshot().equals(before) ? 0 : 1;
        }
        assertThat(services.audit().duplicatesNow()).as("no refund receipt twice after run %d", attempt).isZero();
      }
      services.schetmash.behavior().latency(Duration.ZERO);
      services.onec.behavior().latency(Duration.ZERO);
      for (RefundAudit.Refund refund : refunds) {
        ChildCli.Child last = cli.start(environment, List.of(), refund(refund));
        assertThat(last.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.process().exitValue()).as(last.stdout() + last.stderr()).isZero();
      }
      Thread.sleep(200); // the simulator's processing delay
      ChildCli.Child status = cli.start(environment, List.of(), "status", "--organization", Services.INN, "--from",
          Services.PERIOD.from().toString(), "--to", Services.PERIOD.to().toString());
      assertThat(status.process().waitFor(120, TimeUnit.SECONDS)).isTrue();

      assertThat(killed).as("runs killed, exits %s", exits).isEqualTo(kills);
      RefundAudit.Result refundResult = RefundAudit.check(services.audit(), refunds);
      Set<String> documents = new HashSet<>(eligible);
      refunds.forEach(refund -> documents.add(refund.key().toString()));
      Audit.Result result = services.audit().check(documents, true);
      assertThat(refundResult.problems()).isEmpty();
      assertThat(result.problems()).as("status: " + status.stdout() + status.stderr()).isEmpty();
      ReliabilityTable.record(new Trial("Refund", "`refund` of the demo month's " + refunds.size() + " refunds to "
          + "residents as a child JVM killed with SIGKILL 1.0–5.0 s after start and re-run (" + part + ": Счетмаш 150 "
          + "ms, 1C 40 ms), then each refund finished and `status` run: kills", killed, changed + " kills hit a run "
          + "after it had sent or written something; " + refundResult.refunds() + " sell_refund for " + refunds.size()
          + " refund documents, none above its payment's receipt; `status` wrote every refund's `success` to 1C ("
          + (exits.size() - killed) + " more runs ended before their kill)",
          refundResult.duplicates() + result.duplicates(),
          refundResult.missing() + refundResult.over() + result.lostOrWrong()));
    }
  }

  private static String[] refund(RefundAudit.Refund refund) {
    return new String[] {"refund", "--organization", Services.INN, "--from", Services.PERIOD.from().toString(),
        "--to", Services.PERIOD.to().toString(), "--document", refund.key().toString(), "--payment",
        refund.payment().toString()};
  }
}
