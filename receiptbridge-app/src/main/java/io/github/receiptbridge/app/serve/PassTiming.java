package io.github.receiptbridge.app.serve;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * How often the scheduled passes run.
 *
 * @param every how often each organization's register-and-status pass runs
 * @param auditAt the time of day of the daily audit, in 1C's zone
 */
record PassTiming(Duration every, LocalTime auditAt) {
  /** Checks that passes come at a positive interval. */
  PassTiming {
    Objects.requireNonNull(auditAt, "auditAt");
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("every must be positive, was " + every);
    }
  }
}
