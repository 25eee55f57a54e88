package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.receiptbridge.core.DateRange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The schedule's ticks over two organizations whose work the test holds; it starts at 05:50 in Moscow. */
class PassSchedulerTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final Duration EVERY = Duration.ofMinutes(15);
  private static final Instant AUDIT_TIME = ScriptedWork.AT.plus(Duration.ofMinutes(10)); // 06:00 in Moscow

  private final ServiceTime time = new ServiceTime(Clock.fixed(ScriptedWork.AT, MOSCOW), MOSCOW);
  private final ScriptedWork ukWork = new ScriptedWork().holding();
  private final ScriptedWork tsjWork = new ScriptedWork();
  private final Organizations organizations = new Organizations(List.of(ukWork.unit("uk"), tsjWork.unit("tsj")));
  private final Schedule schedule = new Schedule(new PassTiming(EVERY, LocalTime.of(6, 0)), MOSCOW,
      organizations.keys(), ScriptedWork.AT);
  private final PassHistory history = new PassHistory(20, 10);
  private final PassRunner runner = new PassRunner(time.clock(), new ServeMetrics(), schedule);
  private final PassScheduler scheduler = new PassScheduler(schedule, organizations,
      new PassLauncher(time.clock(), history, runner), time);

  @AfterEach
  void stop() {
    ukWork.release();
    runner.shutdown();
  }

  @Test
  void theFirstTickStartsARegisterAndStatusPassOfEveryOrganizationOverTheDefaultPeriod() {
    List<PassRecord> ticked = scheduler.tick(ScriptedWork.AT);

    assertThat(ticked).extracting(PassRecord::organizationKey).containsExactly("uk", "tsj");
    assertThat(ticked).allSatisfy(pass -> {
      assertThat(pass.kind()).isEqualTo(PassKind.REGISTER_AND_STATUS);
      assertThat(pass.state()).isIn(PassState.RUNNING, PassState.FINISHED);
      assertThat(pass.period()).isEqualTo(time.defaultPeriod());
      assertThat(pass.trigger()).isEqualTo(PassRequest.SCHEDULE);
    });
    assertThat(scheduler.tick(ScriptedWork.AT.plus(Duration.ofMinutes(9)))).isEmpty();
  }

  @Test
  void aPassDueWhileItsOrganizationIsBusyIsSkippedWithTheReasonAndTheOthersRun() throws Exception {
    PassRecord running = scheduler.tick(ScriptedWork.AT).get(0);
    awaitEndOfThePassOf("tsj");

    List<PassRecord> ticked = scheduler.tick(ScriptedWork.AT.plus(EVERY)).stream()
        .filter(pass -> pass.kind() == PassKind.REGISTER_AND_STATUS).toList(); // the audit is due at 06:05 too

    assertThat(ticked).extracting(PassRecord::organizationKey).containsExactly("uk", "tsj");
    assertThat(ticked.get(0).state()).isEqualTo(PassState.SKIPPED);
    assertThat(ticked.get(0).summary()).isEqualTo("пропущен: в это время шёл «Приход и проверка статусов» (проход "
        + running.id() + "); следующий по расписанию");
    assertThat(ticked.get(1).state()).isIn(PassState.RUNNING, PassState.FINISHED);
    assertThat(history.newest(10)).extracting(PassRecord::id).contains(ticked.get(0).id());
  }

  @Test
  void aSkippedAuditIsDueAgainAtTheNextTick() throws Exception {
    scheduler.tick(ScriptedWork.AT);
    awaitEndOfThePassOf("tsj");

    PassRecord skipped = scheduler.tick(AUDIT_TIME).get(0);
    ukWork.release();
    assertThat(runner.awaitIdle(Duration.ofSeconds(30))).isTrue();
    List<PassRecord> retried = scheduler.tick(AUDIT_TIME.plusSeconds(1));

    assertThat(skipped.kind()).isEqualTo(PassKind.AUDIT);
    assertThat(skipped.state()).isEqualTo(PassState.SKIPPED);
    assertThat(skipped.summary()).endsWith("; аудит повторится на следующем такте");
    assertThat(retried).extracting(PassRecord::organizationKey, PassRecord::kind)
        .containsExactly(tuple("uk", PassKind.AUDIT));
  }

  @Test
  void aScheduledAuditCoversTheLastThirteenMonthsThroughToday() throws Exception {
    scheduler.tick(ScriptedWork.AT);
    ukWork.release();
    assertThat(runner.awaitIdle(Duration.ofSeconds(30))).isTrue();

    List<PassRecord> audits = scheduler.tick(AUDIT_TIME).stream()
        .filter(pass -> pass.kind() == PassKind.AUDIT).toList();

    LocalDate today = LocalDate.ofInstant(ScriptedWork.AT, MOSCOW);
    assertThat(audits).hasSize(2).allSatisfy(audit -> assertThat(audit.period())
        .isEqualTo(DateRange.of(today.minusMonths(12).withDayOfMonth(1), today)));
    assertThat(time.defaultPeriod(PassKind.REGISTER_AND_STATUS)).isEqualTo(time.defaultPeriod());
  }

  /** Waits until the organization {@code key} runs no pass. */
  private void awaitEndOfThePassOf(String key) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (organizations.get(key).running().isPresent()) {
      assertThat(System.nanoTime()).as("the pass of %s ends", key).isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
