package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * What a run did with one document: one record of the {@link RunReport}, one line of its CSV and one element of its
 * JSON {@code outcomes} (the fields and files are described in <a
 * href="https://github.com/receiptbridge/receipt-bridge/blob/main/docs/architecture.md#7-the-run-report">The run
 * report</a>).
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractDocumentOutcome {
  /**
   * The document's key ({@code Ref_Key} in 1C).
   *
   * @return the document's key
   */
  public abstract UUID documentKey();

  /**
   * The document number.
   *
   * @return the number, as 1C shows it
   */
  public abstract String number();

  /**
   * The document date.
   *
   * @return the date and time, without a zone
   */
  public abstract LocalDateTime date();

  /**
   * The amount.
   *
   * @return the amount in roubles
   */
  public abstract BigDecimal amount();

  /**
   * The receipt's idempotency key.
   *
   * @return the external id, {@code 1c-<Ref_Key>} for a payment's first receipt
   */
  public abstract String externalId();

  /**
   * The service's receipt id, when there is one.
   *
   * @return the receipt id; empty when the document has no receipt
   */
  public abstract OptionalLong receiptId();

  /**
   * The receipt status after the run exactly as the service names it, also one this SDK does not know yet: what the
   * report file and the log show.
   *
   * @return the status text; empty when the document has no receipt or no status yet
   */
  public abstract Optional<String> rawStatus();

  /**
   * The receipt status after the run; {@link ReceiptStatus#UNKNOWN} for a string this SDK does not know.
   *
   * @return the parsed status; empty when there is no status text
   */
  @Value.Derived
  public Optional<ReceiptStatus> status() {
    return rawStatus().map(ReceiptStatus::fromWire);
  }

  /**
   * What was done.
   *
   * @return the action, never {@code null}
   */
  public abstract Action action();

  /**
   * Why a document was skipped, refused, re-issued or is a mismatch; the application puts it in words.
   *
   * @return the reason; empty for an outcome that needs none
   */
  public abstract Optional<Reason> reason();

  /**
   * The code of {@link #reason()}, for programs and spreadsheets; empty where there is no reason.
   *
   * @return the reason's code; empty when there is no reason
   */
  public Optional<ReasonCode> reasonCode() {
    return reason().map(Reason::code);
  }

  /**
   * What failed.
   *
   * @return the error message; empty unless something failed
   */
  public abstract Optional<String> error();

  /**
   * What kind of failure {@link #error()} was, present when the document {@link Action#FAILED} or ended {@link
   * Action#UNKNOWN} because of a failure; lets a service tell an outage from a problem of one document.
   *
   * @return the kind of failure; empty when nothing failed
   */
  public abstract Optional<FailureKind> failureKind();

  /**
   * The last day the receipt is due.
   *
   * @return the due day, by the registrar's working calendar
   */
  public abstract LocalDate dueBy();

  /**
   * Whether the due day has passed without a successful receipt.
   *
   * @return {@code true} when the due day has passed without a {@code success} receipt
   */
  public abstract boolean overdue();

  /**
   * In a dry run, the request that would be sent, as {@link FiscalService#preview} shows it.
   *
   * @return the request's JSON; empty outside a dry run or for a document that is not sent
   */
  public abstract Optional<String> requestJson();

  /**
   * Whether the document's receipt is still on its way after the run: it has a receipt id, was not skipped, and its
   * status is {@linkplain ReceiptStatus#isInFlight() in flight} or not known yet.
   *
   * @return {@code true} when the receipt's status is to be asked again
   */
  public boolean isInFlight() {
    return action() != Action.SKIPPED && receiptId().isPresent()
        && status().map(ReceiptStatus::isInFlight).orElse(true);
  }
}
