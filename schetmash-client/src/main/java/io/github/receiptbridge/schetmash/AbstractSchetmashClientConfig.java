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
  /** The API base URL, ending with {@code /lk/api/v1/}. */
  public abstract String baseUrl();

  /** The API login. */
  public abstract String login();

  /** The API password. */
  @Value.Redacted
  public abstract String password();

  /** The shop id receipts are registered in. */
  public abstract long shopId();

  /** The clock that stamps requests without a timestamp. */
  public abstract Clock clock();

  /** Timeouts, retries, logging. */
  public abstract TransportConfig transport();

  @Value.Check
  void check() {
    if (shopId() <= 0) {
      throw new IllegalStateException("shopId must be a positive shop id from the cabinet, was " + shopId());
    }
  }
}
