package io.github.receiptbridge.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A clock that starts at a fixed date and time and then runs like the system clock, so that a test of something that
 * waits, polls or stamps durations sees the same calendar day on every day it runs. Where time need not pass,
 * {@link MutableClock} is simpler.
 *
 * @since 0.1.0
 */
public final class RunningClock {
  private RunningClock() {}

  /**
   * A clock showing {@code start} now and running on from there.
   *
   * @param start the date, time and zone it shows at once
   * @return the clock, in {@code start}'s zone
   */
  public static Clock startingAt(ZonedDateTime start) {
    Objects.requireNonNull(start, "start");
    return Clock.offset(Clock.system(start.getZone()), Duration.between(Instant.now(), start.toInstant()));
  }
}
