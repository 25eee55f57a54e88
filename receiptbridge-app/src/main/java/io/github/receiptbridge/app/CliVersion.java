package io.github.receiptbridge.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code receiptbridge --version} prints: {@code receiptbridge-cli 0.1.0 (commit abc1234)}, read from {@code
 * version.properties}, which Maven fills in at build time with the project's version and the abbreviated git commit.
 * A build outside a git checkout (or a class path without the filtered resource) says {@code commit unknown} and
 * {@code version unknown} rather than failing.
 */
final class CliVersion implements IVersionProvider {
  static final String RESOURCE = "version.properties";
  static final String UNKNOWN = "unknown";

  /** The one line of {@code --version}. */
  @Override
  public String[] getVersion() {
    return new String[] {line()};
  }

  /** {@code receiptbridge-cli <version> (commit <abbreviated id>)}, from this build's resource. */
  static String line() {
    Properties properties = new Properties();
    try (InputStream in = CliVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return line(properties);
  }

  /** The line for the values in {@code properties}; a missing or unfilled value is {@code unknown}. */
  static String line(Properties properties) {
    return "receiptbridge-cli " + value(properties, "version") + " (commit " + value(properties, "commit") + ")";
  }

  private static String value(Properties properties, String key) {
    String value = properties.getProperty(key, "").trim();
    return value.isEmpty() || value.contains("${") ? UNKNOWN : value;
  }
}
