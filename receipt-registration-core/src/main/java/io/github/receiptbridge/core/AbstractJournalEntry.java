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
  /**
   * The organization's {@code Ref_Key}.
   *
   * @return the key of the organization that received the payment
   */
  public abstract UUID organization();

  /**
   * The document's {@code Ref_Key}.
   *
   * @return the key of the document the receipt was sent for
   */
  public abstract UUID documentKey();

  /**
   * The document number.
   *
   * @return the number as 1C showed it when the receipt was sent
   */
  public abstract String number();

  /**
   * The document date: the day of the payment.
   *
   * @return the date and time, in the 1C server's wall-clock time
   */
  public abstract LocalDateTime date();

  /**
   * The last day the receipt was due (the next working day after the payment), as the workflow computed it when it
   * sent the receipt; empty in entries recorded before the journal kept it.
   *
   * @return the due day; empty in entries recorded before the journal kept it
   */
  public abstract Optional<LocalDate> dueBy();

  /**
   * The amount.
   *
   * @return the payment's amount in roubles
   */
  public abstract BigDecimal amount();

  /**
   * The payer's {@code Ref_Key}.
   *
   * @return the payer's key; empty when the document named no payer
   */
  public abstract Optional<UUID> payerKey();

  /**
   * The document's operation kind when the receipt was sent ({@link PaymentDocument#operationKind()}); empty in
   * entries recorded before the journal kept it. The audit compares it, and {@link #payerKey()}, with the document now.
   *
   * @return the operation kind's name; empty in older entries
   */
  public abstract Optional<String> operationKind();

  /**
   * The payer's name.
   *
   * @return the payer's name as 1C showed it; empty when unknown
   */
  public abstract Optional<String> payerName();

  /**
   * The number of the payer's payment order.
   *
   * @return the payment order's number; empty when the document had none
   */
  public abstract Optional<String> paymentOrderNumber();

  /**
   * The date of the payer's payment order.
   *
   * @return the payment order's date; empty when the document had none
   */
  public abstract Optional<LocalDate> paymentOrderDate();

  /**
   * What makes two documents the same payment (the payment order, amount and payer; without a payment order the day,
   * amount, payer and purpose): how a copy of a document that is gone from 1C is recognised.
   *
   * @return the key, an opaque text compared only for equality
   */
  public abstract String paymentKey();

  /**
   * The receipt's idempotency key.
   *
   * @return the {@code external_id} the receipt was registered with
   */
  public abstract String externalId();

  /**
   * The Счетмаш shop.
   *
   * @return the shop id the receipt was registered in
   */
  public abstract long shopId();

  /**
   * For a re-issue, the id of the rejected receipt it replaces.
   *
   * @return the rejected receipt's id; empty for a first receipt
   */
  public abstract OptionalLong replaces();

  /**
   * When the registration was about to be sent.
   *
   * @return the instant the entry was recorded, just before sending
   */
  public abstract Instant sendingAt();

  /**
   * The receipt id, once Счетмаш answered.
   *
   * @return the receipt id; empty while the registration's outcome is unknown
   */
  public abstract OptionalLong receiptId();

  /**
   * The latest status exactly as Счетмаш named it.
   *
   * @return the status text, such as {@code success}; empty until the first answer
   */
  public abstract Optional<String> status();

  /**
   * When that status was learnt.
   *
   * @return the instant of the latest status; empty until the first answer
   */
  public abstract Optional<Instant> statusAt();

  /**
   * When the receipt was fiscalized (tag 1012, the cash register's wall clock), once it is {@code success}.
   *
   * @return the cash register's date and time, without a zone; empty until the receipt is fiscalized
   */
  public abstract Optional<LocalDateTime> fiscalizedAt();

  /**
   * The receipt's fiscal numbers (ФН, ФД, ФПД, shift), once it is {@code success}.
   *
   * @return the fiscal numbers; empty until the receipt is fiscalized
   */
  public abstract Optional<FiscalNumbers> fiscalNumbers();

  /**
   * The service's error text of the receipt from its latest report, while it is in {@code error}.
   *
   * @return the error text; empty when the latest report has none
   */
  public abstract Optional<String> errorMessage();

  /**
   * The receipt's check link ({@code qr}) from its latest report, once it is fiscalized and the service gave one.
   *
   * @return the check link, usually a URL; empty when the latest report has none
   */
  public abstract Optional<String> checkLink();
}
