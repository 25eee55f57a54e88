package io.github.receiptbridge.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand. */
final class MutableClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  MutableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  void advance(Duration step) {
    now = now.plus(step);
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
    return now;
  }
}
