package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The console's sessions. Only a login makes one the server keeps (in memory): it ends after the idle timeout without
 * use, at the absolute lifetime after the login, at logout, or when the process stops. At most {@link #MAX_SESSIONS}
 * are kept, the least recently used going first; since only a login (which is throttled) makes one, anonymous
 * requests, however many, never push a logged-in session out.
 *
 * <p>A browser that has not logged in is a <em>visitor</em>: the server keeps nothing for it. Its cookie is a signed
 * visitor token, {@code <number>.<random>.<signature>}, and its CSRF token is a signature of that cookie with the
 * process's key (a signed double-submit token): a form must return the token, which only a page of this console can
 * have shown, and it fits only the cookie the browser sends. Ids, tokens and keys are 256 random bits each.
 */
final class Sessions {
  /** At most this many logged-in sessions are kept; the least recently used go first. */
  static final int MAX_SESSIONS = 1000;

  private static final Pattern VISITOR = Pattern.compile("v(\\d{1,18})\\.([A-Za-z0-9_-]{43})\\.([A-Za-z0-9_-]{43})");

  private final Map<String, Entry> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong counter = new AtomicLong();
  private final byte[] key = new byte[32];
  private final Clock clock;
  private volatile Duration idleTimeout = ConsoleSettings.DEFAULT_IDLE_TIMEOUT;
  private volatile Duration maxLifetime = ConsoleSettings.DEFAULT_MAX_LIFETIME;

  /** A kept session and when its login was. */
  private record Entry(Session session, Instant loggedIn) {}

  /** Sessions with the default limits ({@link ConsoleSettings#DEFAULT_IDLE_TIMEOUT}, its max lifetime). */
  Sessions(Clock clock) {
    this.clock = clock;
    random.nextBytes(key);
  }

  /** Sessions ending after {@code idleTimeout} without use or {@code maxLifetime} after the login. */
  Sessions(Clock clock, Duration idleTimeout, Duration maxLifetime) {
    this(clock);
    limitTo(idleTimeout, maxLifetime);
  }

  /** From now on, sessions end after {@code idle} without use or {@code lifetime} after the login. */
  void limitTo(Duration idle, Duration lifetime) {
    this.idleTimeout = idle;
    this.maxLifetime = lifetime;
  }

  /** The live logged-in session with the cookie value {@code id}, marked as used now. */
  Optional<Session> find(String id) {
    Instant now = clock.instant();
    Entry entry = byId.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    if (expired(entry, now)) {
      byId.remove(id, entry);
      return Optional.empty();
    }
    Entry touched = new Entry(entry.session().seenAt(now), entry.loggedIn());
    byId.replace(id, entry, touched);
    return Optional.of(touched.session());
  }

  /** The visitor whose cookie is {@code cookie}, at {@code address}, when the cookie is a visitor token of ours. */
  Optional<Session> visitor(String cookie, String address, Session.Access access) {
    Matcher matcher = VISITOR.matcher(cookie);
    if (!matcher.matches() || !MessageDigest.isEqual(sign("visitor|" + matcher.group(1) + "." + matcher.group(2))
        .getBytes(StandardCharsets.US_ASCII), matcher.group(3).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    return Optional.of(visitorSession(cookie, Long.parseLong(matcher.group(1)), address, access));
  }

  /** A new visitor at {@code address}, kept nowhere: its id is the cookie to set. */
  Session newVisitor(String address, Session.Access access) {
    long number = counter.incrementAndGet();
    String body = number + "." + secret();
    return visitorSession("v" + body + "." + sign("visitor|" + body), number, address, access);
  }

  /**
   * The session a login of {@code visitor} makes, kept from now on: a new id and token, so an id known before the
   * login is worth nothing after it. Its label is the visitor's, or {@code user (сеанс N, address)} for a personal
   * user.
   */
  Session logIn(Session visitor, Optional<String> user) {
    byId.remove(visitor.id());
    makeRoom();
    String label = user.map(name -> name + " (" + visitor.label().replace(" (", ", ")).orElse(visitor.label());
    Instant now = clock.instant();
    Session fresh = new Session(secret(), label, secret(), Session.Access.GRANTED, now);
    byId.put(fresh.id(), new Entry(fresh, now));
    return fresh;
  }

  /** Ends {@code session}. */
  void end(Session session) {
    byId.remove(session.id());
  }

  /** How many logged-in sessions are kept now. */
  int kept() {
    return byId.size();
  }

  private Session visitorSession(String cookie, long number, String address, Session.Access access) {
    return new Session(cookie, "сеанс " + number + " (" + address + ")", sign("csrf|" + cookie), access,
        clock.instant());
  }

  private boolean expired(Entry entry, Instant now) {
    return entry.session().lastSeen().plus(idleTimeout).isBefore(now)
        || !entry.loggedIn().plus(maxLifetime).isAfter(now);
  }

  private void makeRoom() {
    if (byId.size() < MAX_SESSIONS) {
      return;
    }
    Instant now = clock.instant();
    byId.values().removeIf(entry -> expired(entry, now));
    while (byId.size() >= MAX_SESSIONS) {
      byId.values().stream().min(Comparator.comparing(entry -> entry.session().lastSeen()))
          .ifPresent(entry -> byId.remove(entry.session().id()));
    }
  }

  private String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime, yet unavailable here", e);
    }
  }

  private String secret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
