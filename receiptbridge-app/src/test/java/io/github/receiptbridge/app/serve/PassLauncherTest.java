package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PassLauncherTest {
  private final Clock clock = Clock.fixed(ScriptedWork.AT, ZoneOffset.UTC);
  private final PassHistory history = new PassHistory(10, 5);
  private final PassRunner runner = new PassRunner(clock, new ServeMetrics(), new Schedule(
      new PassTiming(Duration.ofMinutes(15), LocalTime.of(6, 0)), ZoneOffset.UTC, List.of("uk"), ScriptedWork.AT));
  private final PassLauncher launcher = new PassLauncher(clock, history, runner);
  private final ScriptedWork work = new ScriptedWork().holding();
  private final OrganizationUnit unit = work.unit("uk");

  @AfterEach
  void stop() {
    work.release();
    runner.shutdown();
  }

  @Test
  void aPassOfAnIdleOrganizationStartsIsRecordedAndRuns() throws Exception {
    Optional<LivePass> started = launcher.start(unit, request(PassKind.AUDIT));

    assertThat(started).hasValueSatisfying(pass -> {
      assertThat(pass.state()).isEqualTo(PassState.RUNNING);
      assertThat(pass.snapshot().startedAt()).isEqualTo(ScriptedWork.AT);
      assertThat(unit.running()).contains(pass);
      assertThat(history.find(pass.id())).map(PassRecord::state).contains(PassState.RUNNING);
    });
    work.release();
    assertThat(runner.awaitIdle(Duration.ofSeconds(30))).isTrue();
    assertThat(work.ran()).containsExactly(PassKind.AUDIT);
  }

  @Test
  void aPassOfABusyOrganizationIsNeitherStartedNorRecorded() {
    LivePass first = launcher.start(unit, request(PassKind.REGISTER)).orElseThrow();

    assertThat(launcher.start(unit, request(PassKind.STATUS))).isEmpty();

    assertThat(history.newest(10)).extracting(PassRecord::id).containsExactly(first.id());
    assertThat(unit.running()).contains(first);
  }

  @Test
  void aSkippedPassIsRecordedWithItsReasonAndANewId() {
    LivePass first = launcher.start(unit, request(PassKind.REGISTER)).orElseThrow();

    LivePass skipped = launcher.skip(request(PassKind.AUDIT), "пропущен: в это время шёл «Приход»");

    assertThat(skipped.id()).isGreaterThan(first.id());
    assertThat(history.find(skipped.id())).hasValueSatisfying(pass -> {
      assertThat(pass.state()).isEqualTo(PassState.SKIPPED);
      assertThat(pass.summary()).isEqualTo("пропущен: в это время шёл «Приход»");
    });
    assertThat(unit.running()).contains(first);
  }

  private static PassRequest request(PassKind kind) {
    return new PassRequest("uk", kind, ScriptedWork.PERIOD, List.of(), "сеанс 1 (127.0.0.1)");
  }
}
