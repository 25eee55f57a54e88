package io.github.receiptbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank statement loaded again after a complete month, then the app killed (SIGKILL) at random moments of `register`
 * and re-run: no copy ever gets a receipt, and every run that finishes says the copies wait for a person.
 */
@ExtendWith(ReliabilityTable.class)
class ReimportUnderKillsTest {
  private static final int KILLS = 4;
  private static final int SIGKILL_EXIT = 137;

  @TempDir
  Path folder;

  @Test
  void copiesOfSentDocumentsGetNoReceiptWhateverMomentTheAppIsKilledAt() throws Exception {
    try (Services services = new Services(80, 21)) {
      Set<String> eligible = services.eligible();
      assertThat(services.finish(5)).last().matches(Services.Pass::complete, "the first month is complete");
      int receipts = services.schetmash.receipts().size();
      List<String> copies = services.reimport(15);
      services.schetmash.behavior().latency(Duration.ofMillis(20));
      services.onec.behavior().latency(Duration.ofMillis(40)); // a run lasts long enough to be killed mid-way
      Map<String, String> environment = new TreeMap<>(services.schetmash.clientSettings());
      environment.putAll(services.onec.clientSettings());
      String[] register = {"register", "--organization", Services.INN, "--from", Services.PERIOD.from().toString(),
          "--to", Services.PERIOD.to().toString(), "--concurrency", "2"};
      ChildCli cli = new ChildCli(folder);
      Random random = new Random(21);
      int killed = 0;
      List<Integer> exits = new ArrayList<>();
      for (int attempt = 0; attempt < 6 * KILLS && killed < KILLS; attempt++) {
        ChildCli.Child child = cli.start(environment, List.of(), register);
        if (!child.process().waitFor(400 + random.nextInt(1600), TimeUnit.MILLISECONDS)) {
          child.process().destroyForcibly();
          assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        exits.add(child.process().exitValue());
        killed += child.process().exitValue() == SIGKILL_EXIT ? 1 : 0;
        assertThat(services.schetmash.receipts()).as("no copy has a receipt after run %d", attempt).hasSize(receipts);
      }
      ChildCli.Child last = cli.start(environment, List.of(), register);
      assertThat(last.process().waitFor(120, TimeUnit.SECONDS)).isTrue();

      assertThat(killed).as("runs killed, exits %s", exits).isEqualTo(KILLS);
      assertThat(last.process().exitValue()).as("copies wait for a person: " + last.stderr()).isEqualTo(1);
      assertThat(last.stdout()).contains("Waiting for a person");
      assertThat(services.schetmash.receipts()).hasSize(receipts);
      Audit.Result result = services.audit().check(eligible, true);
      assertThat(result.problems()).isEmpty();
      ReliabilityTable.record(new Trial("Duplicates", "A bank statement loaded again after a complete month (15 "
          + "sent documents marked for deletion and loaded as copies), then `register` as a child JVM killed with "
          + "SIGKILL 0.4–2.0 s after start and re-run (1C answers 40 ms late): kills", killed, "no copy ever got a receipt ("
          + services.schetmash.receipts().size() + " receipts for " + eligible.size() + " eligible); the finishing "
          + "run exits 1 and lists the " + copies.size() + " copies as waiting for a person", result.duplicates(),
          result.lost()));
    }
  }
}
