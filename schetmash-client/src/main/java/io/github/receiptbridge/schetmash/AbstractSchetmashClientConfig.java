package io.github.receiptbridge.schetmash;

import io.github.receiptbridge.common.TransportConfig;
import java.time.Clock;
import org.immutables.value.Value;

/**
 * The settled configuration of a {@link SchetmashClient}, as built by {@link SchetmashClient.Builder}. Its {@code
 * toString()} shows the password as {@code ****}.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractSchetmashClientConfig {
  /**
   * The API base URL, ending with {@code /lk/api/v1/}.
   *
   * @return the base URL, always ending with {@code /}; the production one unless a sandbox's was set
   */
  public abstract String baseUrl();

  /**
   * The API login.
   *
   * @return the login, never empty
   */
  public abstract String login();

  /**
   * The API password.
   *
   * @return the password, never empty; {@code toString()} shows {@code ****} instead
   */
  @Value.Redacted
  public abstract String password();

  /**
   * The shop id receipts are registered in.
   *
   * @return the shop id, above zero
   */
  public abstract long shopId();

  /**
   * The clock that stamps requests without a timestamp.
   *
   * @return the clock; the system clock in the JVM's zone unless the builder set another
   */
  public abstract Clock clock();

  /**
   * Timeouts, retries, logging.
   *
   * @return the transport settings, with the client's defaults where the builder set none
   */
  public abstract TransportConfig transport();

  @Value.Check
  void check() {
    if (shopId() <= 0) {
      throw new IllegalStateException("shopId must be a positive shop id from the cabinet, was " + shopId());
    }
  }
}
