package io.github.receiptbridge.app.logging;

import java.time.ZoneId;

/**
 * The time zone the log's timestamps are written in: 1C's ({@code onec.timezone}), so that a line's time is the time
 * the accountant sees on the documents and on the console's pages. {@link #DEFAULT} until a command has read its
 * configuration and {@linkplain #use set} it.
 */
public final class LogZone {
  /** The zone before a configuration says otherwise, and the default of {@code onec.timezone}. */
  public static final ZoneId DEFAULT = ZoneId.of("Europe/Moscow");

  private static volatile ZoneId zone = DEFAULT;

  private LogZone() {}

  /** From now on, log lines are stamped in {@code replacement}. */
  public static void use(ZoneId replacement) {
    zone = replacement;
  }

  /** The zone log lines are stamped in now. */
  public static ZoneId current() {
    return zone;
  }
}
