package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.RunAbortedException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PassRunnerTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private final ServeMetrics metrics = new ServeMetrics();
  private final Schedule schedule = new Schedule(new PassTiming(Duration.ofMinutes(15), LocalTime.of(6, 0)), MOSCOW,
      List.of("uk"), ScriptedWork.AT);
  private final PassRunner runner = new PassRunner(Clock.fixed(ScriptedWork.AT, ZoneOffset.UTC), metrics, schedule);

  @AfterEach
  void stop() {
    runner.shutdown();
  }

  @Test
  void aFinishedPassKeepsItsReportCountsItsReceiptsAndFreesItsOrganization() throws Exception {
    OrganizationUnit unit = new ScriptedWork().sending(3).unit("uk");

    LivePass pass = runOn(unit, PassKind.REGISTER);

    PassRecord record = pass.snapshot();
    assertThat(record.state()).isEqualTo(PassState.FINISHED);
    assertThat(record.report()).hasValueSatisfying(report -> assertThat(report.count(Action.SENT)).isEqualTo(3));
    assertThat(record.done()).isEqualTo(3);
    assertThat(record.finishedAt()).contains(ScriptedWork.AT);
    assertThat(runner.receiptsSent()).isEqualTo(3);
    assertThat(runner.passesEnded()).isEqualTo(1);
    assertThat(unit.running()).isEmpty();
    assertThat(unit.diagnosis()).isEqualTo(Diagnosis.finished());
    assertThat(metrics.scrape()).contains("receiptbridge_receipts_sent_total{organization=\"uk\"} 3.0")
        .contains("receiptbridge_pass_duration_seconds_count{kind=\"register\",organization=\"uk\",outcome=\"finished\"}"
            + " 1");
  }

  @Test
  void aFailedPassSaysWhyKeepsWhatItDidBeforeAndMakesItsOrganizationFailing() throws Exception {
    RunAbortedException aborted = new RunAbortedException(new IllegalStateException("1C went away"),
        ScriptedWork.report(2));
    OrganizationUnit unit = new ScriptedWork().failingWith(aborted).unit("uk");

    LivePass pass = runOn(unit, PassKind.REGISTER);

    PassRecord record = pass.snapshot();
    assertThat(record.state()).isEqualTo(PassState.FAILED);
    assertThat(record.failure()).isPresent();
    assertThat(record.summary()).isEqualTo("не выполнен");
    assertThat(record.report()).hasValueSatisfying(report -> assertThat(report.count(Action.SENT)).isEqualTo(2));
    assertThat(runner.receiptsSent()).isEqualTo(2);
    assertThat(unit.diagnosis().failing()).isTrue();
    assertThat(unit.running()).isEmpty();
  }

  @Test
  void aFailedAuditIsDueAgainAtTheNextTick() throws Exception {
    assertThat(schedule.due("uk", ScriptedWork.AT)).containsExactly(PassKind.REGISTER_AND_STATUS);
    OrganizationUnit unit = new ScriptedWork().failingWith(new IllegalStateException("Счетмаш went away"))
        .unit("uk");

    runOn(unit, PassKind.AUDIT);

    assertThat(schedule.due("uk", ScriptedWork.AT.plusSeconds(1))).containsExactly(PassKind.AUDIT);
  }

  @Test
  void waitingForIdleLastsUntilTheRunningPassEnds() throws Exception {
    ScriptedWork work = new ScriptedWork().holding();
    OrganizationUnit unit = work.unit("uk");
    LivePass pass = started(unit, PassKind.STATUS);
    runner.run(unit, pass);

    assertThat(runner.awaitIdle(Duration.ofMillis(50))).isFalse();
    assertThat(pass.state()).isEqualTo(PassState.RUNNING);
    work.release();

    assertThat(runner.awaitIdle(PATIENCE)).isTrue();
    assertThat(pass.state()).isEqualTo(PassState.FINISHED);
    assertThat(work.ran()).containsExactly(PassKind.STATUS);
  }

  /** Runs a pass of {@code kind} on {@code unit} and waits for its end. */
  private LivePass runOn(OrganizationUnit unit, PassKind kind) throws InterruptedException {
    LivePass pass = started(unit, kind);
    runner.run(unit, pass);
    assertThat(runner.awaitIdle(PATIENCE)).as("the pass ends").isTrue();
    return pass;
  }

  private static LivePass started(OrganizationUnit unit, PassKind kind) {
    LivePass pass = new LivePass(1, PassRequest.scheduled(unit.key(), kind, ScriptedWork.PERIOD), ScriptedWork.AT);
    assertThat(unit.tryStart(pass)).isTrue();
    return pass;
  }
}
