package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schedule from 05:00 in Moscow on 20 November 2026: every 15 minutes, the audit at 06:00 Moscow time. */
class ScheduleTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final Instant START = ZonedDateTime.of(2026, 11, 20, 5, 0, 0, 0, MOSCOW).toInstant();

  private final Schedule schedule = new Schedule(new PassTiming(Duration.ofMinutes(15), LocalTime.of(6, 0)), MOSCOW,
      List.of("uk", "tsj"), START);

  @Test
  void theFirstRegisterAndStatusPassIsDueAtOnceAndTheNextOnesEveryFifteenMinutesFromTheTick() {
    assertThat(schedule.due("uk", START)).containsExactly(PassKind.REGISTER_AND_STATUS);
    assertThat(schedule.due("uk", START.plusSeconds(60))).isEmpty();
    assertThat(schedule.due("uk", START.plus(Duration.ofMinutes(16)))).containsExactly(PassKind.REGISTER_AND_STATUS);
    assertThat(schedule.due("uk", START.plus(Duration.ofMinutes(30)))).isEmpty();
    assertThat(schedule.due("tsj", START.plus(Duration.ofMinutes(1)))).containsExactly(PassKind.REGISTER_AND_STATUS);
  }

  @Test
  void theAuditIsDueOnceADayAtItsTimeIn1csZone() {
    schedule.due("uk", START);
    Instant sixInMoscow = START.plus(Duration.ofHours(1));

    assertThat(schedule.due("uk", sixInMoscow.minusSeconds(1))).doesNotContain(PassKind.AUDIT);
    assertThat(schedule.due("uk", sixInMoscow)).containsExactly(PassKind.AUDIT);
    assertThat(schedule.due("uk", sixInMoscow.plusSeconds(1))).isEmpty();
    assertThat(schedule.due("uk", sixInMoscow.plus(Duration.ofHours(23)))).doesNotContain(PassKind.AUDIT);
    assertThat(schedule.due("uk", sixInMoscow.plus(Duration.ofDays(1)))).contains(PassKind.AUDIT);
  }

  @Test
  void anAuditPutBackIsDueAtTheNextTickAndThenTomorrow() {
    schedule.due("uk", START);
    schedule.retryAudit("uk");

    assertThat(schedule.due("uk", START.plusSeconds(1))).containsExactly(PassKind.AUDIT);
    assertThat(schedule.due("uk", START.plusSeconds(2))).isEmpty();
    assertThat(schedule.due("tsj", START.plusSeconds(2))).doesNotContain(PassKind.AUDIT);
  }
}
