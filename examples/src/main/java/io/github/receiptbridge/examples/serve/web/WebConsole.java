package io.github.receiptbridge.examples.serve.web;

import io.github.receiptbridge.examples.serve.ServiceConsole;
import java.util.Optional;

/**
 * The web console over a {@link ServiceConsole}, listening until closed.
 *
 * <p>Work in progress: the contract {@code serve} is built on. {@link #start} refuses a listen address other than the
 * loopback one without a password.
 */
public final class WebConsole implements AutoCloseable {
  /**
   * Where and how the console listens.
   *
   * @param host the address to listen on, {@code 127.0.0.1} by default
   * @param port the port, 0 for any free one
   * @param password the console password in plain text ({@code SERVE_PASSWORD}), if given
   * @param passwordHash the console password as a bcrypt hash (from the configuration file), if given
   */
  public record Settings(String host, int port, Optional<String> password, Optional<String> passwordHash) {
    /** Never shows the password or its hash. */
    @Override
    public String toString() {
      return "Settings[host=" + host + ", port=" + port + ", password=" + (password.isPresent() ? "***" : "none")
          + ", passwordHash=" + (passwordHash.isPresent() ? "***" : "none") + "]";
    }
  }

  private WebConsole() {}

  /**
   * Starts the console.
   *
   * @throws IllegalArgumentException when the host is not a loopback address and no password is given, or the
   *     settings are otherwise unusable; the message says what to set
   */
  public static WebConsole start(ServiceConsole console, Settings settings) {
    throw new UnsupportedOperationException("the web console is being built");
  }

  /** The port it listens on. */
  public int port() {
    throw new UnsupportedOperationException("the web console is being built");
  }

  /** Its base URL, such as {@code http://127.0.0.1:8080/}. */
  public String url() {
    throw new UnsupportedOperationException("the web console is being built");
  }

  /** Stops listening. */
  @Override
  public void close() {}
}
