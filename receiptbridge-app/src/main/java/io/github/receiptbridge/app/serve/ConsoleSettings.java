package io.github.receiptbridge.app.serve;

import java.util.Optional;

/**
 * Where and how the web console listens.
 *
 * @param host the address to listen on, {@code 127.0.0.1} by default
 * @param port the port, 0 for any free one
 * @param password the console password in plain text ({@code SERVE_PASSWORD}), if given
 * @param passwordHash the console password as a bcrypt hash (from the configuration file), if given
 */
public record ConsoleSettings(String host, int port, Optional<String> password, Optional<String> passwordHash) {
  /** Listening on {@code host}:{@code port} with no password: what a loopback address allows. */
  public static ConsoleSettings withoutPassword(String host, int port) {
    return new ConsoleSettings(host, port, Optional.empty(), Optional.empty());
  }

  /** Never shows the password or its hash. */
  @Override
  public String toString() {
    return "ConsoleSettings[host=" + host + ", port=" + port + ", password=" + (password.isPresent() ? "***" : "none")
        + ", passwordHash=" + (passwordHash.isPresent() ? "***" : "none") + "]";
  }
}
