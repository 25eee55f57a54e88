package io.github.receiptbridge.app.serve.web;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What the console takes from its surroundings, replaceable in tests.
 *
 * @param clock the clock of session timeouts
 * @param zone the zone the pages show times in
 * @param actionLog where state-changing actions are logged
 */
record ConsoleOptions(Clock clock, ZoneId zone, ActionLog actionLog) {
  /** The system clock and zone, actions to SLF4J. */
  static ConsoleOptions defaults() {
    return new ConsoleOptions(Clock.systemUTC(), ZoneId.systemDefault(), ActionLog.toSlf4j());
  }

  /** These options with the pages' times in {@code pageZone}: the service's (1C's) zone. */
  ConsoleOptions inZone(ZoneId pageZone) {
    return new ConsoleOptions(clock, pageZone, actionLog);
  }
}
