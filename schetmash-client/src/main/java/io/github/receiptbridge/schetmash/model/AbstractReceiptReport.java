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
  /** The service's receipt id. */
  public abstract long id();

  /** The status string exactly as received; useful when {@link #status()} is {@link ReceiptStatus#UNKNOWN}. */
  public abstract String rawStatus();

  /** The parsed status. */
  @Value.Derived
  public ReceiptStatus status() {
    return ReceiptStatus.fromWire(rawStatus());
  }

  /** Fiscal data, present in status {@code success}. */
  public abstract Optional<ReceiptPayload> payload();

  /**
   * The answer's {@code timestamp} ({@code dd.MM.yyyy HH:mm:ss}, time zone not specified by the service; the 2019
   * service even freezes its date in error answers). Informational only.
   */
  public abstract Optional<LocalDateTime> timestamp();

  /** The error, present in status {@code error}. */
  public abstract Optional<ReportError> error();
}
