package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One payment document of the period, with what was done and what will be done with it.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractFillRow {
  /**
   * The document's key ({@code Ref_Key} in 1C).
   *
   * @return the document's key
   */
  public abstract UUID documentKey();

  /**
   * The receiving organization's key.
   *
   * @return the organization's key
   */
  public abstract UUID organizationKey();

  /**
   * The document number.
   *
   * @return the number, as 1C shows it
   */
  public abstract String number();

  /**
   * The document date, in the ledger's zone.
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
   * The payment purpose ({@code НазначениеПлатежа} in 1C).
   *
   * @return the purpose text, possibly empty
   */
  public abstract String paymentPurpose();

  /**
   * The ledger's own name of the operation ({@code ВидОперации} in 1C), for display.
   *
   * @return the operation's name, possibly empty
   */
  public abstract String operationKind();

  /**
   * The kind of payment as the workflow understands it; default the kind 1C names {@link #operationKind()}, {@code
   * PaymentKind.fromLedgerName(operationKind())}.
   *
   * @return the kind, {@link PaymentKind#OTHER} for one the workflow has no constant for
   */
  @Value.Default
  public PaymentKind paymentKind() {
    return PaymentKind.fromLedgerName(operationKind());
  }

  /**
   * Whether the document is posted.
   *
   * @return {@code true} when the document is posted
   */
  public abstract boolean posted();

  /**
   * Whether the document is marked for deletion.
   *
   * @return {@code true} when the document is marked for deletion
   */
  public abstract boolean deletionMark();

  /**
   * The number of the payer's payment order ({@code НомерВходящегоДокумента} in 1C), when the ledger has one.
   *
   * @return the order's number; empty when the ledger has none
   */
  public abstract Optional<String> incomingNumber();

  /**
   * The date of the payer's payment order ({@code ДатаВходящегоДокумента} in 1C), when the ledger has one.
   *
   * @return the order's date; empty when the ledger has none
   */
  public abstract Optional<LocalDate> incomingDate();

  /**
   * The payer's key, when the document has a payer.
   *
   * @return the payer's key; empty when the document names no payer
   */
  public abstract Optional<UUID> payerKey();

  /**
   * The payer's name, when the ledger has one.
   *
   * @return the payer's name; empty when the ledger has none
   */
  public abstract Optional<String> payerName();

  /**
   * Whether the payer is an organization or a person, when the ledger says.
   *
   * @return the payer's kind; empty when the ledger does not say
   */
  public abstract Optional<PayerKind> payerKind();

  /**
   * The payer's INN, when the ledger has a valid one: 10 digits (an organization) or 12 (a person or a sole trader).
   * With it, or for an organization, the receipt carries the buyer's name and INN (ФФД tags 1227, 1228).
   *
   * @return the INN; empty when the ledger has none or an invalid one
   */
  public abstract Optional<String> payerInn();

  /**
   * The buyer contact the receipt goes to: an e-mail or a {@code +7XXXXXXXXXX} phone.
   *
   * @return the contact; empty when the payer has no usable one and no fallback e-mail is configured
   */
  public abstract Optional<String> buyerContact();

  /**
   * What the ledger already holds for this document's receipt.
   *
   * @return the saved state, {@code SavedState.empty()} when the ledger holds nothing
   */
  public abstract SavedState savedState();

  /**
   * What the receipt journal knows of its receipt beyond the ledger: the Счетмаш error text of a receipt in {@code
   * error}, and the fiscal numbers, print time and check link of a fiscalized one; empty without a journal or an entry.
   *
   * @return the details; empty without a journal or an entry for the receipt
   */
  public abstract Optional<ReceiptDetails> receiptDetails();

  /**
   * The idempotency key of its {@code sell} receipt: {@code 1c-<Ref_Key>}.
   *
   * @return the external id of the document's first receipt
   */
  public abstract String externalId();

  /**
   * The last day a receipt is due (54-ФЗ: the next working day after the payment).
   *
   * @return the due day, by the registrar's working calendar
   */
  public abstract LocalDate dueBy();

  /**
   * Whether {@link #dueBy()} has passed without a successful receipt: the day after it or later.
   *
   * @return {@code true} when the due day has passed without a {@code success} receipt
   */
  public abstract boolean overdue();

  /**
   * What register will do.
   *
   * @return {@link PlannedAction#SEND}, {@link PlannedAction#ALREADY_SENT} or {@link PlannedAction#SKIP}
   */
  public abstract PlannedAction action();

  /**
   * Why the document is skipped; present exactly when {@link #action()} is {@link PlannedAction#SKIP}.
   *
   * @return the reason; empty unless the document is skipped
   */
  public abstract Optional<Reason> skipReason();

  /**
   * The code of {@link #skipReason()}, present exactly when it is.
   *
   * @return the reason's code; empty unless the document is skipped
   */
  public Optional<ReasonCode> skipReasonCode() {
    return skipReason().map(Reason::code);
  }
}
