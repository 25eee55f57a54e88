package io.github.receiptbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RunningClockTest {
  private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneId.of("Europe/Moscow"));

  @Test
  void startsAtTheGivenMomentInItsZoneAndRuns() throws InterruptedException {
    Clock clock = RunningClock.startingAt(START);

    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(Duration.between(START.toInstant(), clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
    Instant first = clock.instant();
    Thread.sleep(20);
    assertThat(clock.instant()).isAfter(first);
  }
}
