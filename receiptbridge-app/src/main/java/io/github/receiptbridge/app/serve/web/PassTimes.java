package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.PassRecord;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A pass's period and times as 1C shows dates, for the pass page and «История».
 *
 * @param from the period's first day
 * @param to the period's last day
 * @param startedAt when it started (or was skipped)
 * @param finishedAt when it ended, empty while it runs
 */
record PassTimes(String from, String to, String startedAt, Optional<String> finishedAt) {
  /** The times of {@code pass} in {@code zone}. */
  static PassTimes of(PassRecord pass, ZoneId zone) {
    return new PassTimes(Formats.day(pass.period().from()), Formats.day(pass.period().to()),
        Formats.instant(pass.startedAt(), zone), pass.finishedAt().map(at -> Formats.instant(at, zone)));
  }
}
