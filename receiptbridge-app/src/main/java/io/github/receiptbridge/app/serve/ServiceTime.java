package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.DateRange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's clock and 1C's zone: what time it is, and the period a pass uses by default.
 *
 * @param clock the clock passes and ticks read
 * @param zone 1C's zone, in which today is today
 */
record ServiceTime(Clock clock, ZoneId zone) {
  /** Now. */
  Instant now() {
    return clock.instant();
  }

  /** The first day of the previous month through today, in 1C's zone. */
  DateRange defaultPeriod() {
    return DateRange.fromPreviousMonthThrough(LocalDate.now(clock.withZone(zone)));
  }

  /**
   * The period a scheduled pass of {@code kind} covers: for an audit the last 13 months through today, in 1C's zone
   * ({@link DateRange#lastThirteenMonthsThrough}), as the command line's {@code audit}; otherwise {@link
   * #defaultPeriod()}.
   */
  DateRange defaultPeriod(PassKind kind) {
    return kind == PassKind.AUDIT ? DateRange.lastThirteenMonthsThrough(LocalDate.now(clock.withZone(zone)))
        : defaultPeriod();
  }
}
