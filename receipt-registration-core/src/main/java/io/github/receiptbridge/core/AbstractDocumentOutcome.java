package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * What a run did with one document: one record of the {@link RunReport} (docs/architecture.md §7).
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractDocumentOutcome {
  /** The document's key ({@code Ref_Key} in 1C). */
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
  public abstract OptionalLong receiptId();

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

  /** Why a document was skipped, refused, re-issued or is a mismatch; the application puts it in words. */
  public abstract Optional<Reason> reason();

  /** The code of {@link #reason()}, for programs and spreadsheets; empty where there is no reason. */
  public Optional<ReasonCode> reasonCode() {
    return reason().map(Reason::code);
  }

  /** What failed. */
  public abstract Optional<String> error();

  /**
   * What kind of failure {@link #error()} was, present when the document {@link Action#FAILED} or ended {@link
   * Action#UNKNOWN} because of a failure; lets a service tell an outage from a problem of one document.
   */
  public abstract Optional<FailureKind> failureKind();

  /** The last day the receipt is due. */
  public abstract LocalDate dueBy();

  /** Whether the due day has passed without a successful receipt. */
  public abstract boolean overdue();

  /** In a dry run, the request that would be sent, as {@link FiscalService#preview} shows it. */
  public abstract Optional<String> requestJson();

  /**
   * Whether the document's receipt is still on its way after the run: it has a receipt id, was not skipped, and its
   * status is {@linkplain ReceiptStatus#isInFlight() in flight} or not known yet.
   */
  public boolean isInFlight() {
    return action() != Action.SKIPPED && receiptId().isPresent()
        && status().map(ReceiptStatus::isInFlight).orElse(true);
  }
}
