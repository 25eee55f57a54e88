package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workflow against both simulators: the acceptance checks of the registration issue. */
class RegistrarEndToEndTest {
  private static final String INN = "7701234567";
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final String STATUS = "СчетМаш_СтатусЧека";

  private SandboxFixture sandboxes;
  private SchetmashSandbox schetmash;
  private OnecSandbox onec;

  @BeforeEach
  void seed() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(Duration.ofMillis(40)).start(),
        OnecSandbox.builder().start());
    schetmash = sandboxes.schetmash;
    onec = sandboxes.onec;
    UUID organization = onec.data().addOrganization("УК Ромашка", INN, "770101001");
    UUID other = onec.data().addOrganization("ТСЖ Лесное", "5003012345", "500301001");
    onec.data().generateBankReceipts(organization, NOVEMBER.from(), NOVEMBER.to(), 300, 42);
    onec.data().generateBankReceipts(other, NOVEMBER.from(), NOVEMBER.to(), 20, 43);
  }

  @AfterEach
  void stop() throws Exception {
    sandboxes.close();
  }

  private SchetmashClient.Builder schetmashClient() {
    return sandboxes.schetmashClient();
  }

  private OnecClient.Builder onecClient() {
    return sandboxes.onecClient();
  }

  private ReceiptRegistrar.Builder registrar(SchetmashClient.Builder fiscal, OnecClient.Builder ledger) {
    return sandboxes.registrar(fiscal, ledger);
  }

  private ReceiptRegistrar registrar() {
    return sandboxes.registrar();
  }

  private List<FillRow> eligible() {
    try (var rows = registrar().fill(NOVEMBER, INN)) {
      return rows.filter(row -> row.action() != PlannedAction.SKIP).toList();
    }
  }

  private void assertExactlyOneReceiptPerEligibleDocument(List<FillRow> eligible) {
    sandboxes.assertExactlyOneReceiptPerEligibleDocument(schetmash.shopId(), eligible);
  }

  @Test
  void everyEligibleDocumentEndsSuccessfulInTheServiceAndIn1cAndTheOthersAreUntouched() {
    List<FillRow> rows;
    try (var fill = registrar().fill(NOVEMBER, INN)) {
      rows = fill.toList();
    }
    List<FillRow> eligible = rows.stream().filter(row -> row.action() == PlannedAction.SEND).toList();
    List<FillRow> skipped = rows.stream().filter(row -> row.action() == PlannedAction.SKIP).toList();
    assertThat(rows).hasSize(300);
    assertThat(eligible).hasSizeGreaterThan(200);
    assertThat(skipped).isNotEmpty().allSatisfy(row -> assertThat(row.skipReason()).isPresent());

    List<OptionalLong> totals = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicInteger progressEvents = new AtomicInteger();
    RunReport report = registrar(schetmashClient(), onecClient()).progressListener(new ProgressListener() {
      @Override
      public void started(Phase phase, OptionalLong total) {
        totals.add(total);
      }

      @Override
      public void documentDone(DocumentOutcome outcome) {
        progressEvents.incrementAndGet();
      }
    }).build().run(NOVEMBER, INN, Duration.ofSeconds(60));

    assertThat(totals).as("every pass announces the period's size").isNotEmpty().containsOnly(OptionalLong.of(300));
    assertThat(progressEvents.get()).isGreaterThanOrEqualTo(300);

    assertThat(report.count(Action.SENT)).isEqualTo(eligible.size());
    assertThat(report.count(Action.SKIPPED)).isEqualTo(skipped.size());
    assertThat(report.isClean()).isTrue();
    assertExactlyOneReceiptPerEligibleDocument(eligible);
    for (FillRow row : eligible) {
      assertThat(onec.data().additionalInfo(row.documentKey(), STATUS)).contains("success");
    }
    for (FillRow row : skipped) {
      assertThat(onec.data().additionalInfo(row.documentKey())).as("skips are never written").isEmpty();
      assertThat(report.outcomes()).filteredOn(o -> o.documentKey().equals(row.documentKey()))
          .singleElement().satisfies(o -> assertThat(o.reason()).isEqualTo(row.skipReason()));
    }
  }

  @Test
  void registersEachDocumentOnceWhenTheRunIsRepeated() {
    RunReport first = registrar().register(NOVEMBER, INN);
    int requestsBefore = schetmash.requestCount();
    int receiptsBefore = schetmash.receipts().size();

    RunReport second = registrar().register(NOVEMBER, INN);

    assertThat(first.count(Action.SENT)).isPositive();
    assertThat(second.count(Action.SENT)).isZero();
    assertThat(second.count(Action.ALREADY_SENT)).isEqualTo(first.count(Action.SENT));
    assertThat(schetmash.requestCount()).as("no request at all reaches the service").isEqualTo(requestsBefore);
    assertThat(schetmash.receipts()).hasSize(receiptsBefore);
  }

  @Test
  void fillShowsThePayerAndContactOfDocumentsAlreadySent() {
    Map<UUID, String> payerBefore = new HashMap<>();
    Map<UUID, String> contactBefore = new HashMap<>();
    try (var rows = registrar().fill(NOVEMBER, INN)) {
      rows.filter(row -> row.action() == PlannedAction.SEND).forEach(row -> {
        payerBefore.put(row.documentKey(), row.payerName().orElseThrow());
        contactBefore.put(row.documentKey(), row.buyerContact().orElseThrow());
      });
    }
    RunReport register = registrar().register(NOVEMBER, INN);
    assertThat(register.count(Action.SENT)).isEqualTo(payerBefore.size());

    List<FillRow> after;
    try (var rows = registrar().fill(NOVEMBER, INN)) {
      after = rows.filter(row -> row.action() == PlannedAction.ALREADY_SENT).toList();
    }

    assertThat(after).hasSize(payerBefore.size()).allSatisfy(row -> {
      assertThat(row.payerName()).contains(payerBefore.get(row.documentKey()));
      assertThat(row.buyerContact()).contains(contactBefore.get(row.documentKey()));
    });
  }

  @Test
  void html500sDroppedConnectionsAndAnExpiredTokenStillGiveOneReceiptPerDocument() {
    List<FillRow> eligible = eligible();
    schetmash.behavior().seed(7).html500Rate(0.05).dropAfterCommitRate(0.05);
    AtomicInteger done = new AtomicInteger();
    ReceiptRegistrar faulty = registrar(schetmashClient(), onecClient())
        .progressListener(new ProgressListener() {
          @Override
          public void documentDone(DocumentOutcome outcome) {
            if (done.incrementAndGet() == 100) {
              schetmash.expireToken();
            }
          }
        }).build();

    RunReport report = faulty.register(NOVEMBER, INN);
    for (int rerun = 0; rerun < 5 && !report.isClean(); rerun++) {
      report = faulty.register(NOVEMBER, INN);
    }

    assertThat(report.isClean()).isTrue();
    assertExactlyOneReceiptPerEligibleDocument(eligible);
  }

  @Test
  void aRerunCompletesWriteBacksThatFailedAfterTheServiceAccepted() {
    List<FillRow> eligible = eligible();
    onec.behavior().failNextWrites(40);

    RunReport first = registrar().register(NOVEMBER, INN);
    RunReport second = registrar().register(NOVEMBER, INN);

    assertThat(first.count(Action.FAILED)).isPositive();
    assertThat(first.outcomes()).filteredOn(o -> o.action() == Action.FAILED)
        .allSatisfy(o -> assertThat(o.error().orElseThrow()).contains("the next run completes the write"));
    assertThat(second.isClean()).isTrue();
    assertThat(second.count(Action.SENT) + second.count(Action.UPDATED))
        .as("sent again with the same external_id when 1C held nothing, asked about by id when it held the id")
        .isEqualTo(first.count(Action.FAILED));
    assertExactlyOneReceiptPerEligibleDocument(eligible);
    assertThat(sandboxes.onec.data().bankReceiptKeys()).allSatisfy(document -> {
      Map<String, String> saved = sandboxes.onec.data().additionalInfo(document);
      assertThat(saved.size()).as("all three values or none for %s: %s", document, saved).isIn(0, 3);
    });
  }

  @Test
  void twoRegistrarsRunningTheSamePeriodAtOnceGiveOneReceiptPerDocument() throws Exception {
    List<FillRow> eligible = eligible();
    ReceiptRegistrar first = registrar();
    ReceiptRegistrar second = registrar();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<RunReport> a = pool.submit(() -> first.register(NOVEMBER, INN));
      Future<RunReport> b = pool.submit(() -> second.register(NOVEMBER, INN));
      assertThat(a.get(60, TimeUnit.SECONDS).isClean()).isTrue();
      assertThat(b.get(60, TimeUnit.SECONDS).isClean()).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertExactlyOneReceiptPerEligibleDocument(eligible);
  }

  @Test
  void theSequentialWayGivesTheSameOutcomeOneDocumentAtATime() {
    List<FillRow> eligible = eligible();
    RunReport report = registrar(schetmashClient(), onecClient()).concurrency(Concurrency.sequential()).build()
        .register(NOVEMBER, INN);

    assertThat(report.isClean()).isTrue();
    assertThat(report.count(Action.SENT)).isEqualTo(eligible.size());
    assertExactlyOneReceiptPerEligibleDocument(eligible);
  }

  @Test
  void anUnknownOrganizationIsASetupErrorInTheSdksOwnWordsAndNothingIsSent() {
    SetupException e = catchThrowableOfType(SetupException.class, () -> registrar().register(NOVEMBER, "0000000000"));

    assertThat(e.getMessage()).contains("No organization in 1C has the INN, name or key '0000000000'")
        .contains("OnecClient.organizations()").doesNotContain("command").doesNotContain("--organization");
    assertThat(schetmash.requestCount()).isZero();
  }

  @Test
  void missingPropertiesIn1cStopTheRunBeforeAnythingIsSent() {
    onec.close();
    onec = OnecSandbox.builder().withoutReceiptProperties().start();
    sandboxes.onec = onec;
    onec.data().addOrganization("УК Ромашка", INN, "770101001");

    SetupException e = catchThrowableOfType(SetupException.class, () -> registrar().register(NOVEMBER, INN));

    assertThat(e.getMessage()).contains("СчетМаш_СтатусЧека").contains("СчетМаш_НомерЧека")
        .contains("СчетМаш_ДатаПроверкиСтатусаЧека");
    assertThat(schetmash.requestCount()).isZero();
  }

  @Test
  void aDryRunSendsNothingWritesNothingAndShowsTheJson() {
    RunReport report = registrar().dryRun(NOVEMBER, INN);

    assertThat(schetmash.requestCount()).isZero();
    assertThat(onec.data().additionalInfoCount()).isZero();
    assertThat(report.count(Action.PLANNED)).isPositive();
    assertThat(report.outcomes()).filteredOn(o -> o.action() == Action.PLANNED).allSatisfy(o ->
        assertThat(o.requestJson().orElseThrow()).contains("\"external_id\":\"" + o.externalId() + "\""));
  }

  @Test
  void anUnknownOutcomeIsSettledBySendingTheSameReceiptToTheSameShopAgain() {
    schetmash.behavior().dropNextRegistrationsAfterCommit(3);
    RunReport report = registrar(schetmashClient().maxRetries(0), onecClient()).build().register(NOVEMBER, INN);

    assertThat(report.isClean()).isTrue();
    assertExactlyOneReceiptPerEligibleDocument(eligible());
    assertThat(schetmash.behavior().pendingFaults()).as("every drop struck").isZero();
  }

  /** A listener that changes the 1C user's password once {@code documents} documents are done. */
  private ProgressListener changing1cPasswordAfter(int documents) {
    AtomicInteger done = new AtomicInteger();
    return new ProgressListener() {
      @Override
      public void documentDone(DocumentOutcome outcome) {
        if (done.incrementAndGet() == documents) {
          onec.changePassword("новый-пароль-2026");
        }
      }
    };
  }

  @Test
  void a1cPasswordChangedDuringThePassStopsItWithTheReportOfWhatWasDone() {
    RunAbortedException e = catchThrowableOfType(RunAbortedException.class, () -> registrar(schetmashClient(),
        onecClient()).concurrency(Concurrency.sequential()).progressListener(changing1cPasswordAfter(3)).build()
        .register(NOVEMBER, INN));

    assertThat(e).as("a rejected 1C password during a pass").isNotNull();
    assertThat(e.partialReport().outcomes()).as("what was done before").hasSizeGreaterThanOrEqualTo(3);
    assertThat(e.partialReport().outcomes().size()).isLessThan(eligible().size());
  }

  @Test
  void a1cPasswordChangedDuringAStatusPassStopsItWithTheReportOfWhatWasDone() {
    registrar().register(NOVEMBER, INN);
    schetmash.awaitProcessed(Duration.ofSeconds(10));
    RunAbortedException e = catchThrowableOfType(RunAbortedException.class, () -> registrar(schetmashClient(),
        onecClient()).concurrency(Concurrency.sequential()).progressListener(changing1cPasswordAfter(3)).build()
        .checkStatuses(NOVEMBER, INN));

    assertThat(e).as("a rejected 1C password during a status pass").isNotNull();
    assertThat(e.partialReport().outcomes()).as("what was done before").hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void a1cPasswordRefusedAtTheStartIsAFatalServiceFailureBeforeAnythingIsDone() {
    FatalServiceException e = catchThrowableOfType(FatalServiceException.class, () -> registrar(schetmashClient(),
        onecClient().password("wrong")).build().register(NOVEMBER, INN));

    assertThat(e.getMessage()).contains("HTTP 401");
    assertThat(schetmash.requestCount()).isZero();
  }

  @Test
  void refusedCredentialsStopTheRunAtOnce() {
    RunAbortedException e = catchThrowableOfType(RunAbortedException.class,
        () -> registrar(schetmashClient().password("wrong"), onecClient()).build().register(NOVEMBER, INN));

    assertThat(e.getMessage()).contains("Неверный логин или пароль");
    assertThat(schetmash.receipts()).isEmpty();
    assertThat(e.partialReport().count(Action.SENT)).isZero();
  }
}
