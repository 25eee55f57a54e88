package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One receipt as the {@link ReceiptJournal} remembers it: the document it was sent for, as 1C showed it then, the
 * payment it stands for, its due day, and what Счетмаш answered, down to when the receipt was fiscalized. Kept when the
 * document is later changed or deleted in 1C.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractJournalEntry {
  /** The organization's {@code Ref_Key}. */
  public abstract UUID organization();

  /** The document's {@code Ref_Key}. */
  public abstract UUID documentKey();

  /** The document number. */
  public abstract String number();

  /** The document date: the day of the payment. */
  public abstract LocalDateTime date();

  /**
   * The last day the receipt was due (the next working day after the payment), as the workflow computed it when it
   * sent the receipt; empty in entries recorded before the journal kept it.
   */
  public abstract Optional<LocalDate> dueBy();

  /** The amount. */
  public abstract BigDecimal amount();

  /** The payer's {@code Ref_Key}. */
  public abstract Optional<UUID> payerKey();

  /**
   * The document's operation kind when the receipt was sent ({@link PaymentDocument#operationKind()}); empty in
   * entries recorded before the journal kept it. The audit compares it, and {@link #payerKey()}, with the document now.
   */
  public abstract Optional<String> operationKind();

  /** The payer's name. */
  public abstract Optional<String> payerName();

  /** The number of the payer's payment order. */
  public abstract Optional<String> paymentOrderNumber();

  /** The date of the payer's payment order. */
  public abstract Optional<LocalDate> paymentOrderDate();

  /**
   * What makes two documents the same payment (the payment order, amount and payer; without a payment order the day,
   * amount, payer and purpose): how a copy of a document that is gone from 1C is recognised.
   */
  public abstract String paymentKey();

  /** The receipt's idempotency key. */
  public abstract String externalId();

  /** The Счетмаш shop. */
  public abstract long shopId();

  /** For a re-issue, the id of the rejected receipt it replaces. */
  public abstract OptionalLong replaces();

  /** When the registration was about to be sent. */
  public abstract Instant sendingAt();

  /** The receipt id, once Счетмаш answered. */
  public abstract OptionalLong receiptId();

  /** The latest status exactly as Счетмаш named it. */
  public abstract Optional<String> status();

  /** When that status was learnt. */
  public abstract Optional<Instant> statusAt();

  /** When the receipt was fiscalized (tag 1012, the cash register's wall clock), once it is {@code success}. */
  public abstract Optional<LocalDateTime> fiscalizedAt();

  /** The receipt's fiscal numbers (ФН, ФД, ФПД, shift), once it is {@code success}. */
  public abstract Optional<FiscalNumbers> fiscalNumbers();

  /** The service's error text of the receipt from its latest report, while it is in {@code error}. */
  public abstract Optional<String> errorMessage();

  /** The receipt's check link ({@code qr}) from its latest report, once it is fiscalized and the service gave one. */
  public abstract Optional<String> checkLink();
}
