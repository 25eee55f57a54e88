package io.github.receiptbridge.app.serve.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing down: after {@link #PER_ADDRESS} wrong passwords within {@link #WINDOW} from one address,
 * that address may not try again until the oldest of them is a window old; after {@link #IN_TOTAL} wrong passwords
 * within the window from all addresses together, nobody may. A refused attempt is not even checked (no bcrypt work for
 * an attacker's requests) and is not logged; one WARN line says when an address (or the whole login) is held back,
 * once per window.
 *
 * <p>An admitted attempt counts as wrong from the start and is forgiven when it proves right, so that many attempts
 * sent at once cannot all slip in before the first of them is found wrong.
 */
final class LoginThrottle {
  /** Wrong passwords one address may give within {@link #WINDOW}. */
  static final int PER_ADDRESS = 5;
  /** Wrong passwords all addresses together may give within {@link #WINDOW}. */
  static final int IN_TOTAL = 30;
  /** The window the wrong passwords are counted in. */
  static final Duration WINDOW = Duration.ofMinutes(1);

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  private static final String EVERYONE = "";
  /** Addresses kept at most; beyond it the ones with no failure in the window are forgotten. */
  private static final int MAX_ADDRESSES = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();
  private final Map<String, Instant> warnedUntil = new HashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Admits an attempt of {@code address}, counting it as a wrong one until {@link #succeeded} says otherwise; or, when
   * it must wait, how long (nothing counted). Logs a WARN the first time in a window an address is held back.
   */
  synchronized Optional<Duration> admit(String address) {
    Optional<Duration> wait = waitFor(address);
    if (wait.isEmpty()) {
      failed(address);
    }
    return wait;
  }

  /**
   * How long {@code address} must wait before it may try a password, empty when it may try now. Logs a WARN the
   * first time in a window an address is held back.
   */
  synchronized Optional<Duration> waitFor(String address) {
    Instant now = clock.instant();
    Optional<Duration> own = wait(address, PER_ADDRESS, now);
    Optional<Duration> total = wait(EVERYONE, IN_TOTAL, now);
    Optional<Duration> longest = own.isPresent() && total.isPresent()
        ? Optional.of(own.get().compareTo(total.get()) >= 0 ? own.get() : total.get())
        : own.or(() -> total);
    longest.ifPresent(duration -> warnOnce(own.isPresent() ? address : EVERYONE, now, duration));
    return longest;
  }

  /** Counts a wrong password from {@code address}. */
  synchronized void failed(String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_ADDRESSES) {
      // a deque the window has emptied (wait() trims it) is forgotten too
      failures.entrySet().removeIf(entry -> entry.getValue().isEmpty()
          || !entry.getValue().getLast().plus(WINDOW).isAfter(now));
      warnedUntil.entrySet().removeIf(entry -> !entry.getValue().isAfter(now));
    }
    failures.computeIfAbsent(address, ignored -> new ArrayDeque<>()).addLast(now);
    failures.computeIfAbsent(EVERYONE, ignored -> new ArrayDeque<>()).addLast(now);
  }

  /** Forgets the wrong passwords of {@code address} after a right one, and the admitted attempt in the total. */
  synchronized void succeeded(String address) {
    Deque<Instant> own = failures.remove(address);
    warnedUntil.remove(address);
    Deque<Instant> total = failures.get(EVERYONE);
    if (own != null && !own.isEmpty() && total != null) {
      total.removeLastOccurrence(own.getLast());
    }
  }

  private Optional<Duration> wait(String who, int allowed, Instant now) {
    Deque<Instant> times = failures.get(who);
    if (times == null) {
      return Optional.empty();
    }
    while (!times.isEmpty() && !times.getFirst().plus(WINDOW).isAfter(now)) {
      times.removeFirst();
    }
    if (times.size() < allowed) {
      return Optional.empty();
    }
    Instant free = times.stream().skip(times.size() - allowed).findFirst().orElseThrow().plus(WINDOW);
    return Optional.of(Duration.between(now, free));
  }

  private void warnOnce(String who, Instant now, Duration duration) {
    Instant warned = warnedUntil.get(who);
    if (warned != null && warned.isAfter(now)) {
      return;
    }
    warnedUntil.put(who, now.plus(duration));
    long seconds = seconds(duration);
    if (who.equals(EVERYONE)) {
      LOG.warn("Login held back for everyone for {} s: {} wrong passwords within {} s from all addresses", seconds,
          IN_TOTAL, WINDOW.toSeconds());
    } else {
      LOG.warn("Login held back for {} for {} s: {} wrong passwords within {} s", who, seconds, PER_ADDRESS,
          WINDOW.toSeconds());
    }
  }

  /** {@code duration} in whole seconds, rounded up, at least 1. */
  static long seconds(Duration duration) {
    long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
