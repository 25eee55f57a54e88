package io.github.receiptbridge.onec;

import io.github.receiptbridge.common.TransportConfig;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * The settled configuration of an {@link OnecClient}; its {@code toString()} shows the password as {@code ****}.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractOnecClientConfig {
  /**
   * The service root, ending with {@code /odata/standard.odata/}.
   *
   * @return the absolute service root URL
   */
  public abstract String serviceRoot();

  /**
   * The 1C infobase user (Cyrillic names work).
   *
   * @return the user name, never empty
   */
  public abstract String user();

  /**
   * The user's password.
   *
   * @return the password; {@code toString()} shows {@code ****} instead
   */
  @Value.Redacted
  public abstract String password();

  /**
   * The 1C server's time zone: 1C dates carry none.
   *
   * @return the zone 1C dates are read and written in: the builder's, or else the JVM's
   */
  public abstract ZoneId serverZone();

  /**
   * Entities per page ({@code $top}) when streaming documents.
   *
   * @return the page size, 1 to 10000; the builder's default is 500
   */
  public abstract int pageSize();

  /**
   * Longest encoded {@code $filter} of a chunked read, in characters; keeps URLs under web-server limits.
   *
   * @return the limit, at least 300; the builder's default is 2000
   */
  public abstract int maxFilterLength();

  /**
   * Timeouts, retries, logging.
   *
   * @return the transport settings, with the client's defaults where the builder set none
   */
  public abstract TransportConfig transport();

  @Value.Check
  void check() {
    if (pageSize() < 1 || pageSize() > 10_000) {
      throw new IllegalStateException("pageSize must be between 1 and 10000, was " + pageSize());
    }
    if (maxFilterLength() < 300) {
      throw new IllegalStateException("maxFilterLength (ONEC_MAX_FILTER_LENGTH) must be at least 300 characters, was "
          + maxFilterLength());
    }
  }
}
