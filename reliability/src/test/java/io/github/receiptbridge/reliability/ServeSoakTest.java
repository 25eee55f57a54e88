package io.github.receiptbridge.reliability;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.CashRegister;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as a child JVM with three organizations, each in its own Счетмаш shop, a pass every 2 s against the
 * simulators with faults on (HTML 500 pages, receipts stored and the connection dropped), stopped with SIGTERM
 * (exit 0, the documents in flight written back) and once killed with SIGKILL and restarted: at the end every
 * eligible document has exactly one receipt and 1C holds its id and status. The simulators live in this JVM, so
 * their state survives the child.
 */
@ExtendWith(ReliabilityTable.class)
class ServeSoakTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
  private static final Pattern STOPPED = Pattern.compile(
      "Stopped: (\\d+) passes, (\\d+) receipts sent; heap used at start (\\d+) MB, at end (\\d+) MB");
  private static final long[] SHOPS = {1, 2, 3};

  @TempDir
  Path folder;

  private SchetmashSandbox schetmash;
  private OnecSandbox onec;
  private final List<UUID> organizations = new ArrayList<>();
  private ChildCli cli;
  private Path config;
  private final List<ChildCli.Child> children = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    schetmash = SchetmashSandbox.builder().processingDelay(Duration.ofMillis(300)).start();
    for (long shop : SHOPS) {
      schetmash.setShop(shop, CashRegister.ACTIVE);
    }
    onec = OnecSandbox.builder().start();
    LocalDate today = LocalDate.now(ZONE);
    DateRange period = DateRange.fromPreviousMonthThrough(today);
    String[][] names = {{"УК Ромашка", "7701234567"}, {"ТСЖ Лесное", "5003012345"}, {"ТСЖ Речное", "5003054321"}};
    for (int index = 0; index < names.length; index++) {
      UUID organization = onec.data().addOrganization(names[index][0], names[index][1], "500301001");
      onec.data().generateBankReceipts(organization, period.from(), period.to(), 60, 100 + index);
      organizations.add(organization);
    }
    cli = new ChildCli(folder);
    Map<String, String> onecSettings = onec.clientSettings();
    Map<String, String> schetmashSettings = schetmash.clientSettings();
    StringBuilder text = new StringBuilder()
        .append("onec.url = ").append(onecSettings.get("ONEC_ODATA_URL")).append('\n')
        .append("onec.user = ").append(onecSettings.get("ONEC_USER")).append('\n')
        .append("onec.password = ${SOAK_ONEC_PASSWORD}\n")
        .append("onec.timezone = Europe/Moscow\n")
        .append("schetmash.url = ").append(schetmashSettings.get("SCHETMASH_URL")).append('\n')
        .append("schetmash.login = ").append(schetmashSettings.get("SCHETMASH_LOGIN")).append('\n')
        .append("schetmash.password = ${SOAK_SCHETMASH_PASSWORD}\n")
        .append("every = 2s\n");
    for (int index = 0; index < names.length; index++) {
      text.append("organization.org").append(index + 1).append(".id = ").append(names[index][1]).append('\n')
          .append("organization.org").append(index + 1).append(".shop-id = ").append(SHOPS[index]).append('\n');
    }
    config = folder.resolve("serve.conf");
    Files.writeString(config, text, StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() throws Exception {
    for (ChildCli.Child child : children) {
      child.process().destroyForcibly();
      child.process().waitFor(30, TimeUnit.SECONDS);
    }
    schetmash.close();
    onec.close();
  }

  /** The documents a fault-free pass would send, per organization, read before anything is sent. */
  private List<String> eligible() {
    List<String> keys = new ArrayList<>();
    try (SchetmashClient fiscal = SchetmashClient.builder().fromSettings(schetmash.clientSettings()).build();
        OnecClient books = OnecClient.builder().fromSettings(onec.clientSettings()).serverZone(ZONE).build()) {
      ReceiptRegistrar registrar = ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(fiscal)).ledger(OnecLedger.of(books)).build();
      DateRange period = DateRange.fromPreviousMonthThrough(LocalDate.now(ZONE));
      for (UUID organization : organizations) {
        try (Stream<FillRow> rows = registrar.fill(period, organization.toString())) {
          rows.filter(row -> row.action() == PlannedAction.SEND).forEach(row -> keys.add(row.documentKey().toString()));
        }
      }
    }
    return keys;
  }

  private ChildCli.Child serve() throws InterruptedException {
    ChildCli.Child child = cli.start(Map.of("SOAK_ONEC_PASSWORD", onec.password(), "SOAK_SCHETMASH_PASSWORD",
        schetmash.password()), List.of(), "serve", "--config", config.toString(), "--listen", "127.0.0.1:0",
        "--shutdown-timeout", "30s");
    children.add(child);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!child.stdout().contains("Serving 3 organizations")) {
      assertThat(child.process().isAlive()).as("serve started: %s", child.stderr()).isTrue();
      assertThat(System.nanoTime()).as("serve started within 60 s: %s", child.stderr()).isLessThan(deadline);
      Thread.sleep(50);
    }
    return child;
  }

  /** SIGTERM; the child must exit 0 and report. */
  private Matcher terminate(ChildCli.Child child) throws InterruptedException {
    child.process().destroy(); // SIGTERM
    assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
    assertThat(child.process().exitValue()).as("exit code after SIGTERM; stderr: %s", child.stderr()).isZero();
    Matcher stopped = STOPPED.matcher(child.stdout());
    assertThat(stopped.find()).as("the child's own report: %s", child.stdout()).isTrue();
    return stopped;
  }

  private void faults(boolean on) {
    if (on) {
      schetmash.behavior().html500Rate(0.05).dropAfterCommitRate(0.05);
      onec.behavior().html500Rate(0.02);
    } else {
      schetmash.behavior().reset();
      onec.behavior().reset();
    }
  }

  /** Waits until the audit is clean (statuses too), at most {@code timeout}. */
  private Audit.Result awaitClean(Audit audit, List<String> eligible, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Audit.Result result = audit.check(eligible, true);
    while (!result.clean() && System.nanoTime() < deadline) {
      Thread.sleep(500);
      result = audit.check(eligible, true);
    }
    return result;
  }

  @Test
  void aShortServeWithFaultsStopsWithSigtermAndLeavesNothingDoubledOrLost() throws Exception {
    soak(Duration.ofSeconds(12), false, "short: 12 s with faults");
  }

  @Test
  @Tag("long")
  void aMinuteOfServeWithFaultsThenSigtermAndASigkillLoseAndDoubleNothing() throws Exception {
    soak(Duration.ofSeconds(65), true, "65 s with faults");
  }

  private void soak(Duration length, boolean kill, String what) throws Exception {
    List<String> eligible = eligible();
    Audit audit = new Audit(schetmash.clientSettings().get("SCHETMASH_URL"), onec.serviceRoot(), onec.user(),
        onec.password());
    faults(true);
    ChildCli.Child first = serve();
    Thread.sleep(length.toMillis());
    faults(false);
    Thread.sleep(5000); // two ticks without faults settle what the faults left unknown
    Matcher firstStop = terminate(first);
    assertThat(audit.unwritten()).as("every receipt stored before SIGTERM has its id in 1C").isEmpty();
    assertThat(audit.duplicatesNow()).isZero();
    int passes = Integer.parseInt(firstStop.group(1));
    long heapStart = Long.parseLong(firstStop.group(3));
    long heapEnd = Long.parseLong(firstStop.group(4));
    int kills = 0;
    if (kill) {
      faults(true);
      ChildCli.Child killed = serve();
      Thread.sleep(3000);
      killed.process().destroyForcibly(); // SIGKILL
      assertThat(killed.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(killed.process().exitValue()).isEqualTo(137);
      assertThat(audit.duplicatesNow()).isZero();
      kills++;
      faults(false);
    }
    ChildCli.Child last = serve();
    Audit.Result result = awaitClean(audit, eligible, Duration.ofSeconds(60));
    Matcher lastStop = terminate(last);
    passes += Integer.parseInt(lastStop.group(1));

    assertThat(result.problems()).isEmpty();
    assertThat(result.clean()).isTrue();
    assertThat(result.receipts()).isEqualTo(eligible.size());
    assertThat(heapEnd).as("heap flat: at end %d MB, at start %d MB", heapEnd, heapStart)
        .isLessThan(heapStart + 64);
    ReliabilityTable.record(new Trial("Soak", "`serve` as a child JVM, 3 organizations in 3 Счетмаш shops, "
        + "`--every 2s`, " + what + " (Счетмаш: 5% HTML 500 pages and 5% stored-then-dropped; 1C: 2% HTML 500), "
        + "then SIGTERM" + (kill ? ", then a restart killed with SIGKILL after 3 s" : "")
        + ", then a restart until the period was done", 1 + kills + 1,
        passes + " passes; SIGTERM: exit 0, every stored receipt written back; " + result.receipts()
            + " receipts for " + result.eligible() + " eligible; heap used " + heapStart + " MB at start, " + heapEnd
            + " MB at the first stop (after a full GC)", result.duplicates(), result.lostOrWrong()));
  }
}
