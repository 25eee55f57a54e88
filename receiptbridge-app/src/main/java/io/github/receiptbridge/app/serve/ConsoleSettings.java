package io.github.receiptbridge.app.serve;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where and how the web console listens, and who may log in for how long.
 *
 * <p>The defaults of the session limits follow OWASP ASVS 4 (3.3.2) for an office application: a session unused for
 * {@link #DEFAULT_IDLE_TIMEOUT} ends (the accountant's screen is not left open to a passer-by for a lunch break; a
 * running pass's page keeps its session alive, since it asks for the progress every few seconds), and any session ends
 * {@link #DEFAULT_MAX_LIFETIME} after its login, a working day, however busy it was (a stolen cookie is not good
 * forever).
 *
 * @param host the address to listen on, {@code 127.0.0.1} by default
 * @param port the port, 0 for any free one
 * @param password the console password in plain text ({@code SERVE_PASSWORD}), if given
 * @param passwordHash the console password as a bcrypt hash (from the configuration file), if given
 * @param users personal users: each user name and its bcrypt hash ({@code console.user.<name>.password-hash}); empty
 *     when the console has one password (or none)
 * @param idleTimeout how long an unused session lives
 * @param maxLifetime how long any session lives after its login, used or not
 */
public record ConsoleSettings(String host, int port, Optional<String> password, Optional<String> passwordHash,
    Map<String, String> users, Duration idleTimeout, Duration maxLifetime) {
  /** The default {@link #idleTimeout}: 30 minutes. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
  /** The default {@link #maxLifetime}: 12 hours. */
  public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(12);

  /** Copies the users, sorted by name. */
  public ConsoleSettings {
    users = Map.copyOf(new TreeMap<>(users));
  }

  /** One password (or none), no personal users, the default session limits. */
  public ConsoleSettings(String host, int port, Optional<String> password, Optional<String> passwordHash) {
    this(host, port, password, passwordHash, Map.of(), DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_LIFETIME);
  }

  /** Listening on {@code host}:{@code port} with no password: what a loopback address allows. */
  public static ConsoleSettings withoutPassword(String host, int port) {
    return new ConsoleSettings(host, port, Optional.empty(), Optional.empty());
  }

  /** These settings with the personal {@code replacement} users (name to bcrypt hash). */
  public ConsoleSettings withUsers(Map<String, String> replacement) {
    return new ConsoleSettings(host, port, password, passwordHash, replacement, idleTimeout, maxLifetime);
  }

  /** These settings with the session limits {@code idle} and {@code lifetime}. */
  public ConsoleSettings withSessionLimits(Duration idle, Duration lifetime) {
    return new ConsoleSettings(host, port, password, passwordHash, users, idle, lifetime);
  }

  /** Never shows the password or a hash. */
  @Override
  public String toString() {
    return "ConsoleSettings[host=" + host + ", port=" + port + ", password=" + (password.isPresent() ? "***" : "none")
        + ", passwordHash=" + (passwordHash.isPresent() ? "***" : "none") + ", users=" + users.keySet()
        + ", idleTimeout=" + idleTimeout + ", maxLifetime=" + maxLifetime + "]";
  }
}
