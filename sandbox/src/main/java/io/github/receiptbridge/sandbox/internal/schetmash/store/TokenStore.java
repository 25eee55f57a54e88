package io.github.receiptbridge.sandbox.internal.schetmash.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The single API key row of the sandbox's credential set: one token at a time, 24 h lifetime stored with
 * second precision, regenerated on a token request when absent, expired or with less than one hour left,
 * and otherwise returned unchanged without extending it. A new token replaces the old one at once. Every
 * token ever generated is remembered, so that a test can look for them where they must not appear.
 */
public final class TokenStore {
  private static final Duration LIFETIME = Duration.ofDays(1);
  private static final Duration RENEWAL_WINDOW = Duration.ofHours(1);

  private final Clock clock;
  private final List<String> issued = new ArrayList<>();
  private @Nullable String token;
  private @Nullable Instant expiry;
  private long lastMicros;

  /** The result of a token request: the token and whether it was generated just now. */
  public record Issued(String token, boolean regenerated) {
  }

  /** @param clock source of "now" for issuing and checking tokens */
  public TokenStore(Clock clock) {
    this.clock = clock;
  }

  /** {@code TokenService::checkToken}: reuse the current token or generate a new one. */
  public synchronized Issued request() {
    Instant now = clock.instant();
    if (token == null || Duration.between(now, expiry).compareTo(RENEWAL_WINDOW) < 0) {
      return new Issued(regenerate(now), true);
    }
    return new Issued(token, false);
  }

  /**
   * The register/report check: the token must be the current one and its expiry at or after now, compared
   * to the second.
   */
  public synchronized boolean isValid(String candidate) {
    if (token == null || !token.equals(candidate)) {
      return false;
    }
    return expiry.getEpochSecond() >= clock.instant().getEpochSecond();
  }

  /** Makes the current token expired as of now (a no-op when none was issued yet). */
  public synchronized void expireNow() {
    if (token != null) {
      expiry = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
    }
  }

  /** Issues a new token now, as another process sharing the credentials would; the old one dies. */
  public synchronized String rotate() {
    return regenerate(clock.instant());
  }

  /** The current token, or {@code null} before the first request. */
  public synchronized @Nullable String current() {
    return token;
  }

  /** Every token generated so far (by a token request or a rotation), oldest first. */
  public synchronized List<String> issued() {
    return List.copyOf(issued);
  }

  private String regenerate(Instant now) {
    long seconds = now.getEpochSecond();
    long micros = Math.max(seconds * 1_000_000L + now.getNano() / 1_000L, lastMicros + 1);
    lastMicros = micros;
    // time() followed by uniqid(): 8 hex digits of seconds and 5 of microseconds, 23 characters.
    token = String.format("%010d%08x%05x", seconds, micros / 1_000_000L, micros % 1_000_000L);
    expiry = now.truncatedTo(ChronoUnit.SECONDS).plus(LIFETIME);
    issued.add(token);
    return token;
  }
}
