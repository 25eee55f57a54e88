package io.github.receiptbridge.app.common.config;

/**
 * The command line or the configuration is wrong, found before anything was sent; exit code 2. The message names the
 * option or key and says what to write instead.
 */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a message that says what to fix. */
  public ConfigurationException(String message) {
    super(message);
  }

  /** An error with a message that says what to fix, caused by {@code cause}. */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
