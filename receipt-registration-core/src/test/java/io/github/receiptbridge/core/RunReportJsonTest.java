package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunReport#fromJson} reads back what {@link RunReport#toJson()} wrote, for reports of real runs. */
class RunReportJsonTest {
  private static final String INN = "7701234567";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), MOSCOW);

  @TempDir
  Path folder;

  private SandboxFixture sandboxes;
  private ReceiptJournal journal;
  private UUID organization;

  @BeforeEach
  void start() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().clock(NOW).processingDelay(Duration.ofMillis(20))
        .start(), OnecSandbox.builder().start());
    journal = ReceiptJournal.sqlite(folder.resolve("journal.db"));
    organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    sandboxes.onec.data().generateBankReceipts(organization, NOVEMBER.from(), NOVEMBER.to(), 40, 42);
  }

  @AfterEach
  void stop() throws Exception {
    journal.close();
    sandboxes.close();
  }

  private ReceiptRegistrar registrar() {
    return sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient()).journal(journal).clock(NOW)
        .serverZone(MOSCOW).build();
  }

  private static void assertReadsBackEqual(RunReport report) {
    assertThat(RunReport.fromJson(report.toJson())).isEqualTo(report);
    assertThat(RunReport.fromJson(report.toJson(reason -> "слова: " + reason.code()))).isEqualTo(report);
  }

  @Test
  void reportsOfRegisterStatusAuditAndRunWithSkipsFailuresAndMismatchesReadBackEqual() {
    ReceiptRegistrar registrar = registrar();
    RunReport dryRun = registrar.dryRun(NOVEMBER, INN);
    assertThat(dryRun.count(Action.SKIPPED)).as("the generated period has skips").isPositive();
    assertReadsBackEqual(dryRun);

    RunReport registered = registrar.register(NOVEMBER, INN);
    assertThat(registered.outcomes()).anySatisfy(outcome -> assertThat(outcome.reason()).isPresent());
    assertReadsBackEqual(registered);

    sandboxes.schetmash.awaitProcessed(Duration.ofSeconds(10));
    RunReport statuses = registrar.checkStatuses(NOVEMBER, INN);
    assertThat(statuses.count(Action.UPDATED)).isPositive();
    assertReadsBackEqual(statuses);

    DocumentOutcome sent = registered.outcomes().stream().filter(outcome -> outcome.action() == Action.SENT)
        .findFirst().orElseThrow();
    sandboxes.patchDocument(sent.documentKey(), "{\"СуммаДокумента\":1}");
    RunReport audit = registrar.audit(NOVEMBER, INN);
    assertThat(audit.mismatches()).isNotEmpty()
        .allSatisfy(outcome -> assertThat(outcome.reason().orElseThrow().arguments()).isNotEmpty());
    assertReadsBackEqual(audit);

    // one new payment with a contact, so the register below has a receipt to send while Счетмаш is offline
    UUID payer = sandboxes.onec.data().addNaturalPerson("Орлова Мария Ивановна", "orlova@example.ru", null);
    sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization).number("РМ00-009001")
        .date(LocalDate.of(2026, 11, 30).atTime(18, 0)).amount(new BigDecimal("1520.40")).naturalPerson(payer)
        .purpose("Оплата ЖКУ, л/с 90001").paymentOrder("9001", LocalDate.of(2026, 11, 30)).build());
    sandboxes.schetmash.goOffline();
    RunReport failed = registrar.register(NOVEMBER, INN);
    assertThat(failed.count(Action.FAILED) + failed.count(Action.UNKNOWN)).isPositive();
    assertThat(failed.outcomes()).filteredOn(outcome -> outcome.action() == Action.FAILED
            || outcome.action() == Action.UNKNOWN)
        .allSatisfy(outcome -> assertThat(outcome.failureKind()).isPresent());
    assertReadsBackEqual(failed);
    sandboxes.schetmash.goOnline();

    RunReport run = registrar.run(NOVEMBER, INN, Duration.ofSeconds(10));
    assertThat(run.phase()).isEqualTo(Phase.RUN);
    assertReadsBackEqual(run);
  }

  @Test
  void aStoppedReportWithAnUnknownOutcomeAndAPreciseAmountReadsBackEqual() {
    DocumentOutcome unknown = DocumentOutcome.builder().documentKey(UUID.randomUUID()).number("РМ00-000007")
        .date(LocalDateTime.of(2026, 11, 2, 10, 15, 30)).amount(new BigDecimal("1520.40")).externalId("1c-x")
        .action(Action.UNKNOWN).error("The fiscal service gave no answer, \"twice\"")
        .failureKind(FailureKind.FISCAL_SERVICE_UNREACHABLE).dueBy(LocalDate.of(2026, 11, 3)).overdue(true)
        .requestJson("{\"external_id\":\"1c-x\"}").build();
    DocumentOutcome skipped = unknown.withAction(Action.SKIPPED).withError(java.util.Optional.empty())
        .withFailureKind(java.util.Optional.empty()).withAmount(new BigDecimal("100.00"))
        .withReason(Reason.of(ReasonCode.NO_CONTACT, "NONE_VALID", "1", "0", ""))
        .withReceiptId(7L).withRawStatus("my-new-status");
    RunReport report = RunReport.builder().phase(Phase.REGISTER).startedAt(Instant.parse("2026-12-02T09:00:00Z"))
        .finishedAt(Instant.parse("2026-12-02T09:00:01.250Z")).stopped(true).addOutcomes(unknown, skipped).build();

    assertReadsBackEqual(report);
    assertThat(RunReport.fromJson(report.toJson()).outcomes().get(1).amount()).isEqualByComparingTo("100")
        .hasToString("100.00");
  }

  @Test
  void toStringIsOneShortLineOfTotalsWithoutTheOutcomes() {
    DocumentOutcome sent = DocumentOutcome.builder().documentKey(UUID.randomUUID()).number("РМ00-000007")
        .date(LocalDateTime.of(2026, 11, 2, 10, 15, 30)).amount(new BigDecimal("1520.40")).externalId("1c-x")
        .action(Action.SENT).dueBy(LocalDate.of(2026, 11, 3)).overdue(false).build();
    RunReport report = RunReport.builder().phase(Phase.REGISTER).startedAt(Instant.parse("2026-12-02T09:00:00Z"))
        .finishedAt(Instant.parse("2026-12-02T09:00:01Z")).addOutcomes(sent, sent.withAction(Action.SKIPPED),
            sent.withAction(Action.SENT)).stopped(true).build();

    assertThat(report).hasToString("RunReport{register, 3 documents, SENT 2, SKIPPED 1, stopped}");
  }

  @Test
  void anythingButAReportsJsonIsAnIllegalArgumentSayingWhatIsWrong() {
    RunReport empty = RunReport.builder().phase(Phase.STATUS).startedAt(Instant.parse("2026-12-02T09:00:00Z"))
        .finishedAt(Instant.parse("2026-12-02T09:00:01Z")).build();
    String json = empty.toJson();
    assertThat(RunReport.fromJson(json)).isEqualTo(empty);

    for (String bad : List.of("", "not json", "[]", "42", "{}", json.replace("\"status\"", "\"sideways\""),
        json.replace("\"outcomes\" : [ ]", "\"outcomes\" : { }"),
        json.replace("2026-12-02T09:00:00Z", "yesterday"))) {
      assertThatThrownBy(() -> RunReport.fromJson(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Not a run report");
    }
    DocumentOutcome outcome = DocumentOutcome.builder().documentKey(UUID.randomUUID()).number("1")
        .date(LocalDateTime.of(2026, 11, 2, 10, 0)).amount(BigDecimal.TEN).externalId("1c-x")
        .action(Action.SENT).dueBy(LocalDate.of(2026, 11, 3)).overdue(false).build();
    String one = empty.withOutcomes(outcome).toJson();
    assertThatThrownBy(() -> RunReport.fromJson(one.replace("\"SENT\"", "\"BOUNCED\"")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'action' of outcome 1");
    assertThatThrownBy(() -> RunReport.fromJson(one.replace("\"reasonCode\" : \"\"", "\"reasonCode\" : \"NOPE\"")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'reasonCode' of outcome 1");
    assertThatThrownBy(() -> RunReport.fromJson(one.replace("\"overdue\" : false", "\"overdue\" : \"no\"")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'overdue' of outcome 1");
    assertThatThrownBy(() -> RunReport.fromJson(one.replace("\"documentKey\" : \"", "\"documentKey\" : \"x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'documentKey' of outcome 1");
  }
}
