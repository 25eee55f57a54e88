package io.github.receiptbridge.schetmash.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The date-time forms the service uses on the wire. */
final class WireDates {
  /** {@code dd.MM.yyyy HH:mm:ss}: request and answer timestamps, and receipt dates since 2019. */
  private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.ROOT);

  /** {@code d MMM yyyy HH:mm:ss Z}: receipt dates in 2018 answers, for example {@code 22 Aug 2018 11:54:10 +0300}. */
  private static final DateTimeFormatter LEGACY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

  private WireDates() {}

  /**
   * Parses either form. The legacy form's offset is dropped, keeping the cash register's wall-clock time like the
   * newer form does.
   *
   * @throws DateTimeParseException when the text is in neither form
   */
  static LocalDateTime parseDateTime(String text) {
    String trimmed = text.trim();
    try {
      return LocalDateTime.parse(trimmed, DOTTED);
    } catch (DateTimeParseException dotted) {
      return OffsetDateTime.parse(trimmed, LEGACY).toLocalDateTime();
    }
  }
}
