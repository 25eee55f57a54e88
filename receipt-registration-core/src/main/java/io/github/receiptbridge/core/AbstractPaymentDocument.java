package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A payment received on the organization's bank account, as a {@link Ledger} holds it: in 1C a «Поступление на
 * расчетный счет» document. Its {@link #key()} makes the receipt's idempotency key, so it must never change.
 *
 * <pre>{@code
 * PaymentDocument payment = PaymentDocument.builder()
 *     .key(row.id()).organizationKey(organization).number(row.number()).date(row.paidAt())
 *     .amount(row.amount()).paymentPurpose(row.purpose()).kind(PaymentKind.CUSTOMER_PAYMENT)
 *     .payer(PayerRef.of(row.residentId()))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractPaymentDocument {
  /**
   * The document's key, stable for its whole life: the receipt's external id is built from it.
   *
   * @return the key, such as 1C's {@code Ref_Key}
   */
  public abstract UUID key();

  /**
   * The receiving organization's key.
   *
   * @return the organization's key
   */
  public abstract UUID organizationKey();

  /**
   * The document number, as a person reads it.
   *
   * @return the number, such as {@code 0000-000112}; shown in reports, never parsed
   */
  public abstract String number();

  /**
   * The document date and time, in the ledger's zone.
   *
   * @return the date and time, without a zone
   */
  public abstract LocalDateTime date();

  /**
   * The amount, exact.
   *
   * @return the amount in roubles; a receipt needs it above zero with at most two decimals
   */
  public abstract BigDecimal amount();

  /**
   * The payment purpose, as the bank statement gives it.
   *
   * @return the purpose text, possibly empty
   */
  public abstract String paymentPurpose();

  /**
   * The kind of payment.
   *
   * @return the kind, {@link PaymentKind#OTHER} for one the workflow has no constant for
   */
  public abstract PaymentKind kind();

  /**
   * The ledger's own name of the operation, shown to people and matched against {@link
   * ReceiptPolicy#includedOperationKinds()}; by default the kind's {@link PaymentKind#ledgerName()}.
   *
   * @return the operation's name in the ledger
   */
  @Value.Default
  public String operationKind() {
    return kind().ledgerName();
  }

  /**
   * Whether the document is posted; default true. An unposted document gets no receipt.
   *
   * @return {@code true} when the document is posted
   */
  @Value.Default
  public boolean posted() {
    return true;
  }

  /**
   * Whether the document is marked for deletion; default false. Such a document gets no receipt.
   *
   * @return {@code true} when the document is marked for deletion
   */
  @Value.Default
  public boolean deletionMark() {
    return false;
  }

  /**
   * The number of the payer's payment order, when the statement has one.
   *
   * @return the order's number; empty when the statement has none
   */
  public abstract Optional<String> incomingNumber();

  /**
   * The date of the payer's payment order, when the statement has one.
   *
   * @return the order's date; empty when the statement has none
   */
  public abstract Optional<LocalDate> incomingDate();

  /**
   * The payer, when the document names one. A document without a payer gets no receipt.
   *
   * @return the payer; empty when the document names none
   */
  public abstract Optional<PayerRef> payer();
}
