package io.github.receiptbridge.app.serve.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The console's sessions, in memory: a session ends after {@link #IDLE_TIMEOUT} without use, at logout, or when the
 * process stops. Ids and CSRF tokens are 256 random bits each.
 */
final class Sessions {
  /** How long an unused session lives. */
  static final Duration IDLE_TIMEOUT = Duration.ofHours(12);
  /** At most this many sessions are kept; the least recently used go first. */
  static final int MAX_SESSIONS = 1000;

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong counter = new AtomicLong();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  /** The live session with the cookie value {@code id}, marked as used now. */
  Optional<Session> find(String id) {
    Instant now = clock.instant();
    Session session = byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    if (session.lastSeen().plus(IDLE_TIMEOUT).isBefore(now)) {
      byId.remove(id, session);
      return Optional.empty();
    }
    Session touched = session.seenAt(now);
    byId.replace(id, session, touched);
    return Optional.of(touched);
  }

  /** A new session of a browser at {@code address}, with {@code access} to the console. */
  Session create(String address, Session.Access access) {
    makeRoom();
    Session session = new Session(secret(), "сеанс " + counter.incrementAndGet() + " (" + address + ")", secret(),
        access, clock.instant());
    byId.put(session.id(), session);
    return session;
  }

  /**
   * The session that replaces {@code session} after a login: a new id and token, so an id known before the login is
   * worth nothing after it; the label stays.
   */
  Session logIn(Session session) {
    byId.remove(session.id());
    Session fresh = new Session(secret(), session.label(), secret(), Session.Access.GRANTED, clock.instant());
    byId.put(fresh.id(), fresh);
    return fresh;
  }

  /** Ends {@code session}. */
  void end(Session session) {
    byId.remove(session.id());
  }

  private void makeRoom() {
    if (byId.size() < MAX_SESSIONS) {
      return;
    }
    Instant oldest = clock.instant().minus(IDLE_TIMEOUT);
    byId.values().removeIf(session -> session.lastSeen().isBefore(oldest));
    while (byId.size() >= MAX_SESSIONS) {
      byId.values().stream().min(Comparator.comparing(Session::lastSeen))
          .ifPresent(session -> byId.remove(session.id()));
    }
  }

  private String secret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
