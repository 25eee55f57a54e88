package io.github.receiptbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  @Test
  void movesByHandAndItsZonedViewsMoveWithIt() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    Clock moscow = clock.withZone(ZoneId.of("Europe/Moscow"));

    clock.advance(Duration.ofMinutes(15));
    assertThat(LocalDateTime.now(moscow)).isEqualTo(LocalDateTime.of(2026, 11, 29, 12, 15));

    clock.set(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(moscow.instant()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }
}
