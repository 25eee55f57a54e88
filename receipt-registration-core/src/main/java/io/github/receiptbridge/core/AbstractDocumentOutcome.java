package io.github.receiptbridge.core;

import io.github.receiptbridge.schetmash.model.ReceiptStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/** What a run did with one document: one record of the {@link RunReport} (docs/architecture.md §7). */
@Value.Immutable
abstract class AbstractDocumentOutcome {
  /** The document's {@code Ref_Key}. */
  public abstract UUID documentKey();

  /** The document number. */
  public abstract String number();

  /** The document date. */
  public abstract LocalDateTime date();

  /** The amount. */
  public abstract BigDecimal amount();

  /** The receipt's idempotency key. */
  public abstract String externalId();

  /** The service's receipt id, when there is one. */
  public abstract Optional<Long> receiptId();

  /**
   * The receipt status after the run exactly as the service names it, also one this SDK does not know yet: what the
   * report file and the log show.
   */
  public abstract Optional<String> rawStatus();

  /** The receipt status after the run; {@link ReceiptStatus#UNKNOWN} for a string this SDK does not know. */
  @Value.Derived
  public Optional<ReceiptStatus> status() {
    return rawStatus().map(ReceiptStatus::fromWire);
  }

  /** What was done. */
  public abstract Action action();

  /** Why a document was skipped, refused or is a mismatch, in words for a person. */
  public abstract Optional<String> reason();

  /** The stable code of {@link #reason()}, for programs and spreadsheets; empty where there is no reason code. */
  public abstract Optional<ReasonCode> reasonCode();

  /** What failed. */
  public abstract Optional<String> error();

  /** The last day the receipt is due. */
  public abstract LocalDate dueBy();

  /** Whether the due day has passed without a successful receipt. */
  public abstract boolean overdue();

  /** In a dry run, the JSON body that would be sent. */
  public abstract Optional<String> requestJson();
}
