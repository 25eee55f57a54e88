package io.github.receiptbridge.common.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Reads a server's {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds or an HTTP-date. A date
 * already past means no wait; an unreadable value (a negative number, a malformed date) counts as no advice.
 */
final class RetryAfter {
  private static final String HEADER = "Retry-After";

  private RetryAfter() {}

  /** The wait the server asked for, measured from {@code now} for an HTTP-date. */
  static Optional<Duration> of(Headers headers, Instant now) {
    String value = headers.get(HEADER);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
      } catch (NumberFormatException tooLong) {
        return Optional.empty(); // more digits than a long holds: no usable advice, our own backoff applies
      }
    }
    @Nullable Date date = headers.getDate(HEADER);
    if (date == null) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, date.toInstant());
    return wait.isNegative() ? Optional.of(Duration.ZERO) : Optional.of(wait);
  }
}
