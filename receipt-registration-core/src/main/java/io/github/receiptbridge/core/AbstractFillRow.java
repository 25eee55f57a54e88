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
  /** The document's key ({@code Ref_Key} in 1C). */
  public abstract UUID documentKey();

  /** The receiving organization's key. */
  public abstract UUID organizationKey();

  /** The document number. */
  public abstract String number();

  /** The document date, in the ledger's zone. */
  public abstract LocalDateTime date();

  /** The amount. */
  public abstract BigDecimal amount();

  /** The payment purpose ({@code НазначениеПлатежа} in 1C). */
  public abstract String paymentPurpose();

  /** The ledger's own name of the operation ({@code ВидОперации} in 1C), for display. */
  public abstract String operationKind();

  /** The kind of payment as the workflow understands it; by default the kind 1C names {@link #operationKind()}. */
  @Value.Default
  public PaymentKind paymentKind() {
    return PaymentKind.fromLedgerName(operationKind());
  }

  /** Whether the document is posted. */
  public abstract boolean posted();

  /** Whether the document is marked for deletion. */
  public abstract boolean deletionMark();

  /** The number of the payer's payment order ({@code НомерВходящегоДокумента} in 1C), when the ledger has one. */
  public abstract Optional<String> incomingNumber();

  /** The date of the payer's payment order ({@code ДатаВходящегоДокумента} in 1C), when the ledger has one. */
  public abstract Optional<LocalDate> incomingDate();

  /** The payer's key, when the document has a payer. */
  public abstract Optional<UUID> payerKey();

  /** The payer's name, when the ledger has one. */
  public abstract Optional<String> payerName();

  /** Whether the payer is an organization or a person, when the ledger says. */
  public abstract Optional<PayerKind> payerKind();

  /**
   * The payer's INN, when the ledger has a valid one: 10 digits (an organization) or 12 (a person or a sole trader).
   * With it, or for an organization, the receipt carries the buyer's name and INN (ФФД tags 1227, 1228).
   */
  public abstract Optional<String> payerInn();

  /** The buyer contact the receipt goes to: an e-mail or a {@code +7XXXXXXXXXX} phone. */
  public abstract Optional<String> buyerContact();

  /** What the ledger already holds for this document's receipt. */
  public abstract SavedState savedState();

  /**
   * What the receipt journal knows of its receipt beyond the ledger: the Счетмаш error text of a receipt in {@code
   * error}, and the fiscal numbers, print time and check link of a fiscalized one; empty without a journal or an entry.
   */
  public abstract Optional<ReceiptDetails> receiptDetails();

  /** The idempotency key of its {@code sell} receipt: {@code 1c-<Ref_Key>}. */
  public abstract String externalId();

  /** The last day a receipt is due (54-ФЗ: the next working day after the payment). */
  public abstract LocalDate dueBy();

  /** Whether {@link #dueBy()} has passed without a successful receipt: the day after it or later. */
  public abstract boolean overdue();

  /** What register will do. */
  public abstract PlannedAction action();

  /** Why the document is skipped; present exactly when {@link #action()} is {@link PlannedAction#SKIP}. */
  public abstract Optional<Reason> skipReason();

  /** The code of {@link #skipReason()}, present exactly when it is. */
  public Optional<ReasonCode> skipReasonCode() {
    return skipReason().map(Reason::code);
  }
}
