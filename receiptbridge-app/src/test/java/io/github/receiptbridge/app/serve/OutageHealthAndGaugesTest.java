package io.github.receiptbridge.app.serve;

import static io.github.receiptbridge.app.cli.Outcomes.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.onec.errors.OnecAuthenticationException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Health and the gauges after real pass ends: an outage of Счетмаш or 1C during a pass that ends «завершён» makes the
 * organization failing, as does 1C refusing the login; the gauges count receipts in {@code error}, keep the last
 * audit's mismatches through a status pass, count possible duplicates and say when each kind last succeeded.
 */
class OutageHealthAndGaugesTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ServeMetrics metrics = new ServeMetrics();
  private final PassHistory history = new PassHistory(10, 5);
  private final PassRunner runner = new PassRunner(Clock.fixed(ScriptedWork.AT, ZoneOffset.UTC), metrics,
      new Schedule(new PassTiming(Duration.ofMinutes(15), LocalTime.of(6, 0)), ZoneId.of("Europe/Moscow"),
          List.of("uk"), ScriptedWork.AT), history);

  @AfterEach
  void stop() {
    runner.shutdown();
  }

  @Test
  void aStatusPassThatFinishedWhileSchetmashWasDownMakesTheOrganizationFailingWithSchetmashSilent() throws Exception {
    ScriptedWork work = new ScriptedWork().reporting(report(Phase.STATUS,
        failed("1", FailureKind.FISCAL_SERVICE_UNREACHABLE), failed("2", FailureKind.FISCAL_SERVICE_UNREACHABLE)));
    OrganizationUnit unit = work.unit("uk");

    PassRecord pass = runOn(unit, PassKind.STATUS);

    assertThat(pass.state()).isEqualTo(PassState.FINISHED);
    Health health = new ServiceHealth(new Organizations(List.of(unit)), history, metrics).health();
    assertThat(health.healthy()).isFalse();
    assertThat(health.organizations()).singleElement().satisfies(organization -> {
      assertThat(organization.failing()).isTrue();
      assertThat(organization.schetmashAnswered()).contains(false);
      assertThat(organization.onecAnswered()).contains(true);
    });
  }

  @Test
  void aPassWhoseDocumentsSchetmashRefusedOr1cCouldNotBeReachedIsFailingToo() {
    assertThat(Diagnosis.finished(report(Phase.RUN, failed("1", FailureKind.FISCAL_SERVICE_REFUSED))).failing())
        .isTrue();
    assertThat(Diagnosis.finished(report(Phase.RUN, failed("1", FailureKind.LEDGER_UNREACHABLE))).onecAnswered())
        .contains(false);
    assertThat(Diagnosis.finished(report(Phase.RUN, failed("1", FailureKind.LEDGER_REFUSED))).failing()).isTrue();
    assertThat(Diagnosis.finished(report(Phase.RUN, failed("1", FailureKind.RECEIPT_REJECTED))).failing())
        .as("one rejected receipt is not an outage").isFalse();
  }

  @Test
  void onecRefusingTheLoginMakesTheOrganizationFailing() throws Exception {
    OrganizationUnit unit = new ScriptedWork().failingWith(new OnecAuthenticationException("GET Catalog_Организации",
        401, "", "wrong password")).unit("uk");

    PassRecord pass = runOn(unit, PassKind.REGISTER_AND_STATUS);

    assertThat(pass.state()).isEqualTo(PassState.FAILED);
    assertThat(pass.failure()).map(PassFailure::kind).contains(PassFailure.Kind.ONEC_REFUSED);
    Health health = new ServiceHealth(new Organizations(List.of(unit)), history, metrics).health();
    assertThat(health.healthy()).isFalse();
    assertThat(health.organizations().get(0).onecAnswered()).contains(true);
  }

  @Test
  void theGaugesCountErrorsKeepTheAuditsMismatchesThroughAStatusPassCountDuplicatesAndTheLastSuccess()
      throws Exception {
    metrics.register("uk");
    ScriptedWork work = new ScriptedWork().reporting(report(Phase.AUDIT,
        outcome("1", Action.MISMATCH).receiptId(1L).rawStatus("success").build(),
        outcome("2", Action.MISMATCH).receiptId(2L).rawStatus("success").build()));
    OrganizationUnit unit = work.unit("uk");
    runOn(unit, PassKind.AUDIT);
    work.reporting(report(Phase.STATUS,
        outcome("3", Action.UPDATED).receiptId(3L).rawStatus("error").build(),
        outcome("4", Action.UPDATED).receiptId(4L).rawStatus("error").build(),
        outcome("5", Action.UPDATED).receiptId(5L).rawStatus("error").build()));
    PassRecord status = runOn(unit, PassKind.STATUS);
    work.reporting(report(Phase.REGISTER, outcome("6", Action.SKIPPED)
        .reason(Reason.of(ReasonCode.POSSIBLE_DUPLICATE)).build()));
    runOn(unit, PassKind.REGISTER);

    assertThat(metrics.scrape())
        .contains("receiptbridge_documents_errors{organization=\"uk\"} 3.0")
        .contains("receiptbridge_documents_mismatches{organization=\"uk\"} 2.0")
        .contains("receiptbridge_documents_possible_duplicates{organization=\"uk\"} 1.0")
        .contains("receiptbridge_pass_last_success_timestamp_seconds{kind=\"status\",organization=\"uk\"} "
            + (double) ScriptedWork.AT.getEpochSecond());
    assertThat(status.summary()).contains("чеков в статусе «Ошибка» 3");
  }

  private PassRecord runOn(OrganizationUnit unit, PassKind kind) throws InterruptedException {
    LivePass pass = new LivePass(history.nextId(), PassRequest.scheduled(unit.key(), kind, ScriptedWork.PERIOD),
        ScriptedWork.AT);
    assertThat(unit.tryStart(pass)).isTrue();
    history.add(pass);
    runner.run(unit, pass);
    assertThat(runner.awaitIdle(PATIENCE)).as("the pass ends").isTrue();
    return pass.snapshot();
  }

  private static DocumentOutcome failed(String number, FailureKind kind) {
    return outcome(number, Action.FAILED).receiptId(Long.parseLong(number)).rawStatus("accept").error("ошибка 91")
        .failureKind(kind).build();
  }

  private static RunReport report(Phase phase, DocumentOutcome... outcomes) {
    return RunReport.builder().phase(phase).startedAt(ScriptedWork.AT).finishedAt(ScriptedWork.AT)
        .addAllOutcomes(List.of(outcomes)).build();
  }
}
