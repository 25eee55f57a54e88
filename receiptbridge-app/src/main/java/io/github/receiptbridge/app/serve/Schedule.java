package io.github.receiptbridge.app.serve;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each organization's passes are due: a register-and-status pass every {@link PassTiming#every()}, the first at
 * once; an audit daily at {@link PassTiming#auditAt()} in 1C's zone (the first at the next such time). Pure
 * arithmetic on the instants {@link #due} is given, so a test drives it with any clock. Thread-safe.
 */
final class Schedule {
  private final Duration every;
  private final LocalTime auditAt;
  private final ZoneId zone;
  private final Map<String, Instant> nextRegister = new HashMap<>();
  private final Map<String, Instant> nextAudit = new HashMap<>();

  /** The passes of {@code organizations} at {@code timing} in {@code zone}, from {@code start} on. */
  Schedule(PassTiming timing, ZoneId zone, List<String> organizations, Instant start) {
    this.every = timing.every();
    this.auditAt = timing.auditAt();
    this.zone = zone;
    for (String organization : organizations) {
      nextRegister.put(organization, start);
      nextAudit.put(organization, nextAuditAfter(start));
    }
  }

  /**
   * The passes of {@code organization} due at {@code now}, register-and-status first; each is then planned for its
   * next time (an audit that could not run is put back with {@link #retryAudit}).
   */
  synchronized List<PassKind> due(String organization, Instant now) {
    List<PassKind> due = new ArrayList<>();
    if (!now.isBefore(nextRegister.get(organization))) {
      due.add(PassKind.REGISTER_AND_STATUS);
      nextRegister.put(organization, now.plus(every));
    }
    if (!now.isBefore(nextAudit.get(organization))) {
      due.add(PassKind.AUDIT);
      nextAudit.put(organization, nextAuditAfter(now));
    }
    return due;
  }

  /** The audit of {@code organization} could not run or failed: it is due again at the next tick. */
  synchronized void retryAudit(String organization) {
    nextAudit.put(organization, Instant.MIN);
  }

  /** The first audit time strictly after {@code instant}. */
  private Instant nextAuditAfter(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalDate day = local.toLocalDate();
    ZonedDateTime today = day.atTime(auditAt).atZone(zone);
    return (today.toInstant().isAfter(instant) ? today : day.plusDays(1).atTime(auditAt).atZone(zone)).toInstant();
  }
}
