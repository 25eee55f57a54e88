package io.github.receiptbridge.core;

import org.immutables.value.Value;

/**
 * A fiscal service's answer to a registration: the receipt's id and its first status.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractRegistrationResult {
  /**
   * The service's receipt id, a positive number.
   *
   * @return the receipt id, to ask {@link FiscalService#report(long)} with
   */
  public abstract long receiptId();

  /**
   * The status exactly as the service named it, usually {@code accept}.
   *
   * @return the status text
   */
  public abstract String rawStatus();

  /**
   * The status; {@link ReceiptStatus#UNKNOWN} for a text this SDK does not know.
   *
   * @return the parsed status, never {@code null}
   */
  @Value.Derived
  public ReceiptStatus status() {
    return ReceiptStatus.fromWire(rawStatus());
  }
}
