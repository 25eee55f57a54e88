package io.github.receiptbridge.reliability;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two command-line runs and {@code serve}, three processes, on one receipt journal and the same period at once: the
 * journal stays whole (SQLite's integrity check), holds every receipt once with its id, and no payment is doubled.
 */
@ExtendWith(ReliabilityTable.class)
class SharedJournalTest {
  private static final String ORGANIZATION = "7701234567";

  @TempDir
  Path folder;

  @Test
  void twoRunsAndServeShareOneJournalWithoutCorruptingIt() throws Exception {
    try (SchetmashSandbox schetmash = SchetmashSandbox.builder().processingDelay(Duration.ofMillis(50)).start();
        OnecSandbox onec = OnecSandbox.builder().start()) {
      UUID organization = onec.data().addOrganization("УК Ромашка", ORGANIZATION, "770101001");
      onec.data().generateBankReceipts(organization, Services.PERIOD.from(), Services.PERIOD.to(), 150, 7);
      Map<String, String> environment = new TreeMap<>(schetmash.clientSettings());
      environment.putAll(onec.clientSettings());
      Path config = Files.writeString(folder.resolve("serve.conf"), "onec.url = " + onec.serviceRoot() + "\n"
          + "onec.user = " + onec.user() + "\nonec.password = ${ONEC_PASSWORD}\nonec.timezone = Europe/Moscow\n"
          + "schetmash.url = " + schetmash.baseUrl() + "\nschetmash.login = " + schetmash.login() + "\n"
          + "schetmash.password = ${SCHETMASH_PASSWORD}\nevery = 1s\norganization.uk.id = " + ORGANIZATION + "\n"
          + "organization.uk.shop-id = " + schetmash.shopId() + "\n", StandardCharsets.UTF_8);
      Audit audit = new Audit(schetmash.baseUrl(), onec.serviceRoot(), onec.user(), onec.password());
      List<String> eligible;
      try (SchetmashClient fiscal = SchetmashClient.builder().fromSettings(schetmash.clientSettings()).build();
          OnecClient books = OnecClient.builder().fromSettings(onec.clientSettings()).build();
          Stream<FillRow> rows = ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(fiscal)).ledger(OnecLedger.of(books)).build()
              .fill(Services.PERIOD, ORGANIZATION)) {
        eligible = rows.filter(row -> row.action() == PlannedAction.SEND).map(row -> row.documentKey().toString())
            .toList();
      }
      ChildCli cli = new ChildCli(folder);
      String[] period = {"--organization", ORGANIZATION, "--from", Services.PERIOD.from().toString(), "--to",
          Services.PERIOD.to().toString(), "--concurrency", "4"};

      List<ChildCli.Child> children = new ArrayList<>();
      children.add(cli.start(Map.of("ONEC_PASSWORD", onec.password(), "SCHETMASH_PASSWORD", schetmash.password()),
          List.of(), "serve", "--config", config.toString(), "--listen", "127.0.0.1:0"));
      for (int run = 0; run < 2; run++) {
        List<String> args = new ArrayList<>(List.of("register"));
        args.addAll(List.of(period));
        children.add(cli.start(environment, List.of(), args.toArray(String[]::new)));
      }
      for (ChildCli.Child run : children.subList(1, 3)) {
        assertThat(run.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.process().exitValue()).as(run.stderr()).isZero();
      }
      Thread.sleep(2500); // serve's passes go on meanwhile
      ChildCli.Child serve = children.get(0);
      serve.process().destroy();
      assertThat(serve.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(serve.process().exitValue()).as(serve.stderr()).isZero();

      List<Audit.ServiceReceipt> receipts = audit.serviceReceipts();
      Audit.Result result = audit.check(eligible, false);
      assertThat(result.problems()).isEmpty();
      assertThat(receipts).hasSize(eligible.size()).hasSizeGreaterThan(100);
      try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + cli.journal());
          Statement statement = connection.createStatement();
          ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
        assertThat(check.next()).isTrue();
        assertThat(check.getString(1)).isEqualTo("ok");
      }
      int journaled = 0;
      try (ReceiptJournal journal = ReceiptJournal.sqlite(cli.journal())) {
        for (Audit.ServiceReceipt receipt : receipts) {
          journaled += journal.byDocument(UUID.fromString(receipt.documentKey())).stream()
              .filter(entry -> entry.externalId().equals(receipt.externalId())).toList().size() == 1
              && journal.byDocument(UUID.fromString(receipt.documentKey())).get(0).receiptId()
                  .equals(OptionalLong.of(receipt.id())) ? 1 : 0;
        }
      }
      assertThat(journaled).as("every receipt once in the journal, with its id").isEqualTo(receipts.size());
      ReliabilityTable.record(new Trial("Journal", "Two `register` runs and `serve` (every 1 s), three processes, "
          + "on one receipt journal and the same 150 documents at once: processes", 3, receipts.size()
          + " receipts for " + eligible.size() + " eligible, each once in the journal with its id; SQLite "
          + "integrity_check ok", result.duplicates(), result.lost()));
    }
  }
}
