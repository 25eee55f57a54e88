package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One registrar serving two organizations at once through {@link ReceiptRegistrar#withOptions}: each call hears only
 * its own documents and stops on its own signal.
 */
@Timeout(120) // a pass that never ends fails the test instead of hanging the build
class RunOptionsEndToEndTest {
  private static final String ROMASHKA = "7701234567";
  private static final String LESNOE = "5003012345";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), MOSCOW);

  private SandboxFixture sandboxes;
  private ExecutorService callers;

  @BeforeEach
  void seed() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(Duration.ofMillis(20)).start(),
        OnecSandbox.builder().start());
    UUID romashka = sandboxes.onec.data().addOrganization("УК Ромашка", ROMASHKA, "770101001");
    UUID lesnoe = sandboxes.onec.data().addOrganization("ТСЖ Лесное", LESNOE, "500301001");
    sandboxes.onec.data().generateBankReceipts(romashka, NOVEMBER.from(), NOVEMBER.to(), 120, 11);
    sandboxes.onec.data().generateBankReceipts(lesnoe, NOVEMBER.from(), NOVEMBER.to(), 60, 12);
    sandboxes.schetmash.behavior().latency(Duration.ofMillis(5));
    callers = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stop() throws Exception {
    callers.shutdownNow();
    sandboxes.close();
  }

  /** Counts the documents it hears of, by organization. */
  private static final class Counting implements ProgressListener {
    final Set<UUID> documents = ConcurrentHashMap.newKeySet();
    final AtomicInteger done = new AtomicInteger();
    private final CountDownLatch bothWorking;
    private final AtomicBoolean waited = new AtomicBoolean();

    Counting(CountDownLatch bothWorking) {
      this.bothWorking = bothWorking;
    }

    @Override
    public void documentDone(DocumentOutcome outcome) {
      documents.add(outcome.documentKey());
      done.incrementAndGet();
      if (waited.compareAndSet(false, true)) { // once: holds this call until the other has done a document too
        bothWorking.countDown();
        try {
          bothWorking.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private List<FillRow> rows(String organization) {
    try (var rows = sandboxes.registrar().fill(NOVEMBER, organization)) {
      return rows.toList();
    }
  }

  private static Set<UUID> keys(List<FillRow> rows) {
    return rows.stream().map(FillRow::documentKey).collect(Collectors.toSet());
  }

  @Test
  void twoDerivedRegistrarsRegisterTwoOrganizationsAtOnceEachWithItsOwnListenerAndStop() throws Exception {
    List<FillRow> lesnoeRows = rows(LESNOE);
    Set<UUID> romashkaDocuments = keys(rows(ROMASHKA));
    Counting sharedListener = new Counting(new CountDownLatch(0));
    ReceiptRegistrar registrar = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
        .clock(NOW).progressListener(sharedListener).build();
    CountDownLatch bothWorking = new CountDownLatch(2);
    Counting romashkaHeard = new Counting(bothWorking);
    Counting lesnoeHeard = new Counting(bothWorking);
    BooleanSupplier romashkaStop = () -> romashkaHeard.done.get() >= 15;
    ReceiptRegistrar forRomashka = registrar.withOptions(RunOptions.builder()
        .progressListener(romashkaHeard).stopWhen(romashkaStop).build());
    ReceiptRegistrar forLesnoe = registrar.withOptions(o -> o.progressListener(lesnoeHeard));

    Future<RunReport> romashkaRun = callers.submit(() -> forRomashka.register(NOVEMBER, ROMASHKA));
    Future<RunReport> lesnoeRun = callers.submit(() -> forLesnoe.register(NOVEMBER, LESNOE));
    RunReport romashkaReport = romashkaRun.get(60, TimeUnit.SECONDS);
    RunReport lesnoeReport = lesnoeRun.get(60, TimeUnit.SECONDS);

    assertThat(bothWorking.getCount()).as("the two calls worked at the same time").isZero();
    assertThat(romashkaReport.stopped()).as("stopped by its own signal").isTrue();
    assertThat(romashkaReport.outcomes().size()).isBetween(15, 119);
    assertThat(romashkaDocuments).containsAll(romashkaHeard.documents);
    assertThat(romashkaHeard.done.get()).isEqualTo(romashkaReport.outcomes().size());
    assertThat(lesnoeReport.stopped()).as("the other organization's stop is not its own").isFalse();
    assertThat(lesnoeReport.outcomes()).hasSize(60);
    assertThat(lesnoeHeard.documents).isEqualTo(keys(lesnoeRows));
    assertThat(lesnoeHeard.done.get()).isEqualTo(60);
    assertThat(sharedListener.done.get()).as("the registrar they came from heard nothing").isZero();
    List<FillRow> lesnoeEligible = lesnoeRows.stream().filter(row -> row.action() == PlannedAction.SEND).toList();
    assertThat(lesnoeReport.count(Action.SENT)).isEqualTo(lesnoeEligible.size());
    assertThat(sandboxes.schetmash.receipts()).hasSize(romashkaReport.count(Action.SENT) + lesnoeEligible.size());
  }

  @Test
  void optionsDefaultToTheBuildersAndAChangeKeepsWhatItDoesNotName() {
    ProgressListener listener = new ProgressListener() {};
    BooleanSupplier stop = () -> true;
    ReceiptRegistrar registrar = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
        .progressListener(listener).stopWhen(stop).build();

    assertThat(registrar.options().progressListener()).isSameAs(listener);
    assertThat(registrar.options().stopWhen()).isSameAs(stop);
    ProgressListener other = new ProgressListener() {};
    ReceiptRegistrar derived = registrar.withOptions(o -> o.progressListener(other));
    assertThat(derived.options().progressListener()).isSameAs(other);
    assertThat(derived.options().stopWhen()).isSameAs(stop);
    assertThat(registrar.options().progressListener()).as("the original keeps its own").isSameAs(listener);
    assertThat(RunOptions.defaults().progressListener()).isSameAs(ProgressListener.NONE);
    assertThat(RunOptions.defaults().stopWhen().getAsBoolean()).isFalse();
    assertThat(registrar.withOptions(RunOptions.defaults()).register(NOVEMBER, ROMASHKA).stopped())
        .as("a derived registrar without the stop signal runs to the end").isFalse();
    assertThat(registrar.register(NOVEMBER, LESNOE).stopped()).isTrue();
  }
}
