package io.github.receiptbridge.schetmash.model;

import org.immutables.value.Value;

/**
 * The answer to a registration: the receipt id and {@code accept}. A repeated {@code external_id} returns the first
 * receipt's id with {@code accept} whatever that receipt's real state is; ask {@code report} for the truth.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractRegistrationResult {
  /**
   * The service's receipt id.
   *
   * @return the id to ask {@code report} with
   */
  public abstract long id();

  /**
   * The status string exactly as received (always {@code accept} in the 2019 service).
   *
   * @return the status text
   */
  public abstract String rawStatus();

  /**
   * The parsed status.
   *
   * @return the status, {@link ReceiptStatus#ACCEPT} in the 2019 service; {@link ReceiptStatus#UNKNOWN} for a text this
   *     version does not know
   */
  @Value.Derived
  public ReceiptStatus status() {
    return ReceiptStatus.fromWire(rawStatus());
  }
}
