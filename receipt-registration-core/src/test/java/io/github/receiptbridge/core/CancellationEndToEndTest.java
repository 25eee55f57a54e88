package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interrupting the thread of a pass stops it as a stop signal does, then throws {@link RunCancelledException} with
 * what it finished: nothing half done in 1C, no receipt without its journal record, and the next run completes the
 * period with one receipt per document.
 */
@Timeout(120) // a pass that never ends fails the test instead of hanging the build
class CancellationEndToEndTest {
  private static final String INN = "7701234567";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), MOSCOW);
  private static final Set<String> RECEIPT_PROPERTIES = Set.of(OnecLedger.RECEIPT_ID_PROPERTY,
      OnecLedger.STATUS_PROPERTY, OnecLedger.CHECK_DATE_PROPERTY);

  @TempDir
  Path folder;

  private SandboxFixture sandboxes;
  private ReceiptJournal journal;
  private final List<AutoCloseable> closeLast = new ArrayList<>();

  @BeforeEach
  void seed() {
    // receipts stay "accept" for an hour: a run keeps polling until it is stopped
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(Duration.ofHours(1)).start(),
        OnecSandbox.builder().start());
    UUID organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    sandboxes.onec.data().generateBankReceipts(organization, NOVEMBER.from(), NOVEMBER.to(), 200, 7);
    sandboxes.schetmash.behavior().latency(Duration.ofMillis(10));
    journal = ReceiptJournal.sqlite(folder.resolve("journal.db"));
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : closeLast) {
      closeable.close();
    }
    journal.close();
    sandboxes.close();
  }

  private ReceiptRegistrar.Builder registrar() {
    return sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient()).journal(journal).clock(NOW);
  }

  private List<FillRow> rows() {
    try (var rows = registrar().build().fill(NOVEMBER, INN)) {
      return rows.toList();
    }
  }

  private static List<FillRow> eligible(List<FillRow> rows) {
    return rows.stream().filter(row -> row.action() == PlannedAction.SEND).toList();
  }

  /** Counts finished documents and opens {@code after} once {@code count} are done. */
  private static ProgressListener countingDown(CountDownLatch after) {
    return new ProgressListener() {
      @Override
      public void documentDone(DocumentOutcome outcome) {
        after.countDown();
      }
    };
  }

  /** What a call on another thread threw, and whether that thread's interrupt flag was set when it did. */
  private record Ended(Throwable thrown, boolean interruptFlag) {}

  private static Thread passThread(Supplier<RunReport> pass, AtomicReference<Ended> ended) {
    Thread thread = new Thread(() -> {
      try {
        pass.get();
        ended.set(new Ended(new AssertionError("the pass was not cancelled"), Thread.currentThread().isInterrupted()));
      } catch (Throwable thrown) {
        ended.set(new Ended(thrown, Thread.currentThread().isInterrupted()));
      }
    }, "pass");
    thread.start();
    return thread;
  }

  /**
   * The partial report agrees with both services and the journal: each receipt in it is in 1C (id, status and check
   * date) and in the journal; each receipt Счетмаш holds is a sent document of the report with the same id and has
   * its journal record; and no document of the period has its receipt properties half written.
   */
  private void assertNothingHalfDone(RunReport partial, List<FillRow> rows) {
    assertThat(partial.stopped()).isTrue();
    assertThat(partial.count(Action.FAILED)).isZero();
    Map<UUID, DocumentOutcome> byDocument = partial.outcomes().stream()
        .collect(Collectors.toMap(DocumentOutcome::documentKey, outcome -> outcome));
    for (DocumentOutcome outcome : partial.outcomes()) {
      if (outcome.receiptId().isPresent()) {
        long id = outcome.receiptId().getAsLong();
        assertThat(sandboxes.onec.data().additionalInfo(outcome.documentKey(), OnecLedger.RECEIPT_ID_PROPERTY))
            .as("receipt id of %s in 1C", outcome.number()).contains(String.valueOf(id));
        assertThat(journal.byDocument(outcome.documentKey())).as("journal of %s", outcome.number())
            .anySatisfy(entry -> assertThat(entry.receiptId()).isEqualTo(OptionalLong.of(id)));
      }
    }
    List<SchetmashSandboxReceipt> held = sandboxes.schetmash.receipts();
    for (SchetmashSandboxReceipt receipt : held) {
      UUID document = UUID.fromString(receipt.externalId().substring(3));
      assertThat(byDocument.get(document)).as("report of the document of %s", receipt.externalId()).isNotNull()
          .satisfies(outcome -> assertThat(outcome.receiptId()).isEqualTo(OptionalLong.of(receipt.id())));
      assertThat(journal.byDocument(document)).as("journal record of %s", receipt.externalId())
          .anySatisfy(entry -> assertThat(entry.externalId()).isEqualTo(receipt.externalId()));
    }
    assertThat(held).hasSize(partial.count(Action.SENT));
    for (FillRow row : rows) {
      Set<String> written = sandboxes.onec.data().additionalInfo(row.documentKey()).keySet().stream()
          .filter(RECEIPT_PROPERTIES::contains).collect(Collectors.toSet());
      assertThat(written).as("receipt properties of %s in 1C: all or none", row.number())
          .isIn(Set.of(), RECEIPT_PROPERTIES);
    }
  }

  @Test
  void anInterruptMidPassStopsItThrowsThePartialReportAndTheNextRunRegistersTheRestOnce() throws Exception {
    List<FillRow> rows = rows();
    CountDownLatch twentyDone = new CountDownLatch(20);
    ReceiptRegistrar registrar = registrar().progressListener(countingDown(twentyDone)).build();
    AtomicReference<Ended> ended = new AtomicReference<>();

    Thread pass = passThread(() -> registrar.register(NOVEMBER, INN), ended);
    assertThat(twentyDone.await(30, TimeUnit.SECONDS)).isTrue();
    pass.interrupt();
    pass.join(30_000);

    assertThat(pass.isAlive()).isFalse();
    assertThat(ended.get().thrown()).isInstanceOf(RunCancelledException.class)
        .isInstanceOf(RegistrationException.class).isNotInstanceOf(RunAbortedException.class);
    RunCancelledException cancelled = (RunCancelledException) ended.get().thrown();
    assertThat(ended.get().interruptFlag()).as("the interrupt flag is set again").isTrue();
    assertThat(cancelled.isRetrySafe()).isTrue();
    assertThat(cancelled).hasMessageContaining("register pass was cancelled by an interrupt");
    RunReport partial = cancelled.partialReport();
    assertThat(partial.phase()).isEqualTo(Phase.REGISTER);
    assertThat(partial.outcomes().size()).isBetween(20, rows.size() - 1);
    assertThat(partial.count(Action.UNKNOWN)).as("the interrupt never reached a call of the pool threads").isZero();
    assertThat(partial.count(Action.SENT)).isPositive();
    assertNothingHalfDone(partial, rows);

    RunReport rest = registrar().build().register(NOVEMBER, INN);

    assertThat(rest.stopped()).isFalse();
    assertThat(rest.count(Action.SENT)).isEqualTo(eligible(rows).size() - partial.count(Action.SENT));
    sandboxes.assertExactlyOneReceiptPerEligibleDocument(sandboxes.schetmash.shopId(), eligible(rows));
  }

  @Test
  void futureCancelOfARegisterSubmittedToAnExecutorServiceCancelsItTheSameWay() throws Exception {
    List<FillRow> rows = rows();
    CountDownLatch twentyDone = new CountDownLatch(20);
    ReceiptRegistrar registrar = registrar().progressListener(countingDown(twentyDone)).build();
    ExecutorService callers = Executors.newSingleThreadExecutor();
    closeLast.add(callers::shutdownNow);
    AtomicReference<Ended> ended = new AtomicReference<>();
    CountDownLatch over = new CountDownLatch(1);

    Future<RunReport> registering = callers.submit(() -> {
      try {
        return registrar.register(NOVEMBER, INN);
      } catch (RuntimeException thrown) {
        ended.set(new Ended(thrown, Thread.currentThread().isInterrupted()));
        throw thrown;
      } finally {
        over.countDown();
      }
    });
    assertThat(twentyDone.await(30, TimeUnit.SECONDS)).isTrue();
    registering.cancel(true);

    assertThat(catchThrowable(registering::get)).isInstanceOf(CancellationException.class);
    assertThat(over.await(30, TimeUnit.SECONDS)).as("the pass ends soon after the cancel").isTrue();
    assertThat(ended.get().thrown()).isInstanceOf(RunCancelledException.class);
    assertThat(ended.get().interruptFlag()).isTrue();
    RunReport partial = ((RunCancelledException) ended.get().thrown()).partialReport();
    assertThat(partial.outcomes().size()).isBetween(20, rows.size() - 1);
    assertNothingHalfDone(partial, rows);

    registrar().build().register(NOVEMBER, INN);

    sandboxes.assertExactlyOneReceiptPerEligibleDocument(sandboxes.schetmash.shopId(), eligible(rows));
  }

  /**
   * The fiscal service of {@code client}, whose {@code n}th registration first opens {@code arrived} and waits until
   * the thread is interrupted, then goes on with the flag set: the interrupt lands on a registration in flight.
   */
  private static FiscalService interruptedAtRegistration(SchetmashClient client, int n, CountDownLatch arrived) {
    FiscalService real = SchetmashFiscalService.of(client);
    AtomicInteger registrations = new AtomicInteger();
    return new FiscalService() {
      @Override
      public RegistrationResult registerSell(ReceiptDraft draft) {
        if (registrations.incrementAndGet() == n) {
          arrived.countDown();
          try {
            new CountDownLatch(1).await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return real.registerSell(draft);
      }

      @Override
      public FiscalReport report(long receiptId) {
        return real.report(receiptId);
      }

      @Override
      public OptionalLong shopId() {
        return real.shopId();
      }

      @Override
      public void validate(ReceiptDraft draft) {
        real.validate(draft);
      }
    };
  }

  @Test
  void aRegistrationCutShortByTheInterruptIsUnknownKeepsItsJournalRecordAndIsSentOnceByTheNextRun()
      throws Exception {
    List<FillRow> rows = rows();
    SchetmashClient schetmashClient = sandboxes.schetmashClient().build();
    OnecClient onecClient = sandboxes.onecClient().build();
    closeLast.add(schetmashClient);
    closeLast.add(onecClient);
    CountDownLatch fifthInFlight = new CountDownLatch(1);
    ReceiptRegistrar sequential = ReceiptRegistrar.builder() // each document on the pass's own thread
        .fiscalService(interruptedAtRegistration(schetmashClient, 5, fifthInFlight))
        .ledger(OnecLedger.of(onecClient)).journal(journal).clock(NOW).concurrency(Concurrency.sequential()).build();
    AtomicReference<Ended> ended = new AtomicReference<>();

    Thread pass = passThread(() -> sequential.register(NOVEMBER, INN), ended);
    assertThat(fifthInFlight.await(30, TimeUnit.SECONDS)).isTrue();
    pass.interrupt();
    pass.join(30_000);

    assertThat(ended.get().thrown()).isInstanceOf(RunCancelledException.class);
    assertThat(ended.get().interruptFlag()).isTrue();
    RunReport partial = ((RunCancelledException) ended.get().thrown()).partialReport();
    assertThat(partial.count(Action.SENT)).isEqualTo(4);
    assertThat(partial.count(Action.FAILED)).isZero();
    DocumentOutcome cut = partial.outcomes().stream().filter(outcome -> outcome.action() == Action.UNKNOWN)
        .collect(Collectors.collectingAndThen(Collectors.toList(), unknown -> {
          assertThat(unknown).as("the one registration in flight").hasSize(1);
          return unknown.get(0);
        }));
    assertThat(cut.error()).hasValueSatisfying(error -> assertThat(error).contains("cancelled by an interrupt")
        .contains(cut.externalId()).contains("same external_id"));
    assertThat(cut.receiptId()).isEmpty();
    assertThat(journal.byDocument(cut.documentKey())).as("its record as being sent stays").singleElement()
        .satisfies(entry -> {
          assertThat(entry.externalId()).isEqualTo(cut.externalId());
          assertThat(entry.receiptId()).isEmpty();
        });
    assertThat(sandboxes.onec.data().additionalInfo(cut.documentKey()).keySet())
        .doesNotContainAnyElementsOf(RECEIPT_PROPERTIES);
    assertThat(partial.outcomes()).last().isEqualTo(cut); // nothing was started after it

    RunReport rest = registrar().build().register(NOVEMBER, INN);

    assertThat(rest.outcomes()).filteredOn(outcome -> outcome.documentKey().equals(cut.documentKey()))
        .singleElement().satisfies(outcome -> assertThat(outcome.action()).isEqualTo(Action.SENT));
    sandboxes.assertExactlyOneReceiptPerEligibleDocument(sandboxes.schetmash.shopId(), eligible(rows));
  }

  @Test
  void aRunInterruptedWhileWaitingForStatusesThrowsTheRunsReportAtOnce() throws Exception {
    List<FillRow> rows = rows();
    CountDownLatch statusesChecked = new CountDownLatch(1);
    ReceiptRegistrar registrar = registrar().statusPollInterval(Duration.ofMinutes(10))
        .progressListener(new ProgressListener() {
          @Override
          public void finished(RunReport report) {
            if (report.phase() == Phase.STATUS) {
              statusesChecked.countDown();
            }
          }
        }).build();
    AtomicReference<Ended> ended = new AtomicReference<>();

    Thread pass = passThread(() -> registrar.run(NOVEMBER, INN, Duration.ofHours(1)), ended);
    assertThat(statusesChecked.await(60, TimeUnit.SECONDS)).isTrue();
    pass.interrupt();
    pass.join(30_000); // not the ten minutes until the next poll

    assertThat(pass.isAlive()).isFalse();
    assertThat(ended.get().thrown()).isInstanceOf(RunCancelledException.class);
    assertThat(ended.get().interruptFlag()).isTrue();
    RunReport partial = ((RunCancelledException) ended.get().thrown()).partialReport();
    assertThat(partial.phase()).isEqualTo(Phase.RUN);
    assertThat(partial.stopped()).isTrue();
    assertThat(partial.outcomes()).hasSize(rows.size());
    assertThat(partial.count(Action.SENT)).isEqualTo(eligible(rows).size());
    assertThat(sandboxes.schetmash.receipts()).hasSize(eligible(rows).size());
  }

  @Test
  void aThreadInterruptedBeforeTheCallIsCancelledWithNothingDone() {
    ReceiptRegistrar registrar = registrar().build();
    Thread.currentThread().interrupt();
    try {
      RunCancelledException cancelled = catchThrowableOfType(RunCancelledException.class,
          () -> registrar.register(NOVEMBER, INN));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(cancelled.partialReport().outcomes()).isEmpty();
      assertThat(cancelled.partialReport().stopped()).isTrue();
      assertThat(Optional.ofNullable(cancelled.getCause())).isPresent();
    } finally {
      Thread.interrupted();
    }
    assertThat(sandboxes.schetmash.receipts()).isEmpty();
  }
}
