package io.github.receiptbridge.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock a test moves by hand, so that schedules, deadlines and token lifetimes are tested without sleeping. A clock
 * from {@link #withZone} shows the same, moving instant in another zone. Thread-safe.
 *
 * @since 0.1.0
 */
public final class MutableClock extends Clock {
  private final Instant[] now;
  private final ZoneId zone;

  /**
   * A clock standing at {@code start}.
   *
   * @param start the instant it shows until moved
   * @param zone its zone
   */
  public MutableClock(Instant start, ZoneId zone) {
    this(new Instant[] {Objects.requireNonNull(start, "start")}, zone);
  }

  private MutableClock(Instant[] now, ZoneId zone) {
    this.now = now;
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Moves the clock to {@code instant}, also for the clocks made from it with {@link #withZone}.
   *
   * @param instant the new instant, earlier or later
   */
  public void set(Instant instant) {
    synchronized (now) {
      now[0] = Objects.requireNonNull(instant, "instant");
    }
  }

  /**
   * Moves the clock by {@code step}.
   *
   * @param step how far; negative moves it back
   */
  public void advance(Duration step) {
    synchronized (now) {
      now[0] = now[0].plus(step);
    }
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new MutableClock(now, other);
  }

  @Override
  public Instant instant() {
    synchronized (now) {
      return now[0];
    }
  }
}
