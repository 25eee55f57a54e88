package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Who may use the console: anyone on the loopback address when no password is set, otherwise whoever logs in with
 * the password, or, when personal users are configured, with a user name and that user's password. Refuses, before
 * anything listens, a listen address beyond the loopback one without a password.
 */
final class AccessPolicy {
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");

  private final Optional<String> password;
  private final Optional<String> bcryptHash;
  private final Map<String, String> users;
  private final Duration idleTimeout;
  private final Duration maxLifetime;
  /** Checked for an unknown user name, so that a wrong name takes as long as a wrong password. */
  private final String decoyHash;

  private AccessPolicy(Optional<String> password, Optional<String> bcryptHash, Map<String, String> users,
      Duration idleTimeout, Duration maxLifetime) {
    this.idleTimeout = idleTimeout;
    this.maxLifetime = maxLifetime;
    this.password = password;
    this.bcryptHash = bcryptHash;
    this.users = users;
    this.decoyHash = users.values().stream().findFirst()
        .map(hash -> BCrypt.hashpw("decoy", BCrypt.gensalt(Integer.parseInt(hash.substring(4, 6)))))
        .orElse("");
  }

  /**
   * The policy of {@code settings}.
   *
   * @throws IllegalArgumentException when the host is unusable, is not a loopback address and no password is given,
   *     both a password and a hash are given, the password is empty, a hash is not a bcrypt hash, or personal users
   *     are given beside the one password
   */
  static AccessPolicy of(ConsoleSettings settings) {
    if (settings.password().isPresent() && settings.passwordHash().isPresent()) {
      throw new IllegalArgumentException("Both SERVE_PASSWORD and console.password-hash are set: keep one of them");
    }
    if (settings.password().filter(String::isEmpty).isPresent()) {
      throw new IllegalArgumentException("SERVE_PASSWORD is empty: set a password or unset it");
    }
    Optional<String> hash = settings.passwordHash().map(String::strip);
    if (hash.isPresent() && !BCRYPT.matcher(hash.get()).matches()) {
      throw new IllegalArgumentException("console.password-hash is not a bcrypt hash ($2a$/$2b$/$2y$, 60 characters):"
          + " make one with `htpasswd -nbBC 12 '' 'the password' | cut -c2-`");
    }
    Map<String, String> users = new TreeMap<>();
    settings.users().forEach((user, userHash) -> {
      if (!BCRYPT.matcher(userHash.strip()).matches()) {
        throw new IllegalArgumentException("console.user." + user + ".password-hash is not a bcrypt hash ($2a$/$2b$/"
            + "$2y$, 60 characters): make one with `htpasswd -nbBC 12 '' 'the password' | cut -c2-`");
      }
      users.put(user, asRevisionA(userHash.strip()));
    });
    if (!users.isEmpty() && (settings.password().isPresent() || hash.isPresent())) {
      throw new IllegalArgumentException("Personal users (console.user.<name>.password-hash) and one password"
          + " (SERVE_PASSWORD or console.password-hash) are both set: keep the users and remove the one password");
    }
    if (settings.idleTimeout().isNegative() || settings.idleTimeout().isZero() || settings.maxLifetime().compareTo(settings.idleTimeout()) < 0) {
      throw new IllegalArgumentException("The session limits must be positive and the lifetime at least the idle"
          + " timeout, were idle " + settings.idleTimeout() + " and lifetime " + settings.maxLifetime());
    }
    if (settings.port() < 0 || settings.port() > 65535) {
      throw new IllegalArgumentException("The console port must be 0 to 65535, was " + settings.port());
    }
    AccessPolicy policy = new AccessPolicy(settings.password(), hash.map(AccessPolicy::asRevisionA),
        Map.copyOf(users), settings.idleTimeout(), settings.maxLifetime());
    if (!policy.passwordRequired() && !isLoopback(settings.host())) {
      throw new IllegalArgumentException("Listening on " + settings.host() + " lets other machines reach the"
          + " console: set SERVE_PASSWORD or console.password-hash, or listen on 127.0.0.1");
    }
    return policy;
  }

  /** Whether a login is needed: a password, a hash or personal users are set. */
  boolean passwordRequired() {
    return password.isPresent() || bcryptHash.isPresent() || !users.isEmpty();
  }

  /** How long an unused session lives. */
  Duration idleTimeout() {
    return idleTimeout;
  }

  /** How long any session lives after its login. */
  Duration maxLifetime() {
    return maxLifetime;
  }

  /** Whether the login asks for a user name: personal users are configured. */
  boolean personalUsers() {
    return !users.isEmpty();
  }

  /** What a new session may do: use the console when no password is set, else log in first. */
  Session.Access accessOfNewSessions() {
    return passwordRequired() ? Session.Access.LOGIN_NEEDED : Session.Access.GRANTED;
  }

  /**
   * Whether {@code user} may log in with {@code candidate}: the user's password when personal users are configured
   * (an unknown user takes as long to refuse as a wrong password), else the console password ({@code user} ignored);
   * false when no password is set.
   */
  boolean accepts(String user, String candidate) {
    if (!users.isEmpty()) {
      String userHash = users.get(user);
      boolean right = BCrypt.checkpw(candidate, userHash == null ? decoyHash : userHash);
      return right && userHash != null;
    }
    return accepts(candidate);
  }

  /** Whether {@code user} is one of the personal users. */
  boolean knowsUser(String user) {
    return users.containsKey(user);
  }

  /** Whether {@code candidate} is the console password; false when no password is set. */
  boolean accepts(String candidate) {
    if (password.isPresent()) {
      // compares in time independent of where the two differ
      return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
          password.get().getBytes(StandardCharsets.UTF_8));
    }
    return bcryptHash.map(hash -> BCrypt.checkpw(candidate, hash)).orElse(false);
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("Cannot listen on '" + host + "': no such address; use an IP address such"
          + " as 127.0.0.1", e);
    }
  }

  /**
   * jBCrypt 0.4 reads only the {@code $2a$} revision. {@code $2b$} and {@code $2y$} (htpasswd, PHP) hash a password
   * of up to 72 bytes exactly as {@code $2a$} does in jBCrypt, which never had the sign-extension bug they fix.
   */
  private static String asRevisionA(String hash) {
    return "$2a$" + hash.substring(4);
  }
}
