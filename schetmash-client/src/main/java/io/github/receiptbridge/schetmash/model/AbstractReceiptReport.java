package io.github.receiptbridge.schetmash.model;

import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of a registered receipt, from {@code GET /lk/api/v1/{shopId}/report/{id}} or its
 * {@code ?external_id=} form.
 *
 * <ul>
 *   <li>{@link ReceiptStatus#ACCEPT} and {@link ReceiptStatus#PROCESSING}: only {@link #id()}.
 *   <li>{@link ReceiptStatus#SUCCESS}: {@link #payload()} with the fiscal data, and {@link #timestamp()}.
 *   <li>{@link ReceiptStatus#ERROR}: {@link #error()} with the service's text. Not always final.
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractReceiptReport {
  /**
   * The service's receipt id.
   *
   * @return the id the registration returned
   */
  public abstract long id();

  /**
   * The status string exactly as received; useful when {@link #status()} is {@link ReceiptStatus#UNKNOWN}.
   *
   * @return the status text, such as {@code success}
   */
  public abstract String rawStatus();

  /**
   * The parsed status.
   *
   * @return the status; {@link ReceiptStatus#UNKNOWN} for a text this version does not know
   */
  @Value.Derived
  public ReceiptStatus status() {
    return ReceiptStatus.fromWire(rawStatus());
  }

  /**
   * Fiscal data, present in status {@code success}.
   *
   * @return the fiscal data; empty in every status but {@code success}
   */
  public abstract Optional<ReceiptPayload> payload();

  /**
   * The answer's {@code timestamp} ({@code dd.MM.yyyy HH:mm:ss}, time zone not specified by the service; the 2019
   * service even freezes its date in error answers). Informational only.
   *
   * @return the answer's time as sent; empty when the answer had none
   */
  public abstract Optional<LocalDateTime> timestamp();

  /**
   * The error, present in status {@code error}.
   *
   * @return the error; empty in every status but {@code error}
   */
  public abstract Optional<ReportError> error();
}
