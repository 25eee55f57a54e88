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
  /** The document's key, stable for its whole life: the receipt's external id is built from it. */
  public abstract UUID key();

  /** The receiving organization's key. */
  public abstract UUID organizationKey();

  /** The document number, as a person reads it. */
  public abstract String number();

  /** The document date and time, in the ledger's zone. */
  public abstract LocalDateTime date();

  /** The amount, exact. */
  public abstract BigDecimal amount();

  /** The payment purpose, as the bank statement gives it. */
  public abstract String paymentPurpose();

  /** The kind of payment. */
  public abstract PaymentKind kind();

  /**
   * The ledger's own name of the operation, shown to people and matched against {@link
   * ReceiptPolicy#includedOperationKinds()}; by default the kind's {@link PaymentKind#ledgerName()}.
   */
  @Value.Default
  public String operationKind() {
    return kind().ledgerName();
  }

  /** Whether the document is posted; default true. An unposted document gets no receipt. */
  @Value.Default
  public boolean posted() {
    return true;
  }

  /** Whether the document is marked for deletion; default false. Such a document gets no receipt. */
  @Value.Default
  public boolean deletionMark() {
    return false;
  }

  /** The number of the payer's payment order, when the statement has one. */
  public abstract Optional<String> incomingNumber();

  /** The date of the payer's payment order, when the statement has one. */
  public abstract Optional<LocalDate> incomingDate();

  /** The payer, when the document names one. A document without a payer gets no receipt. */
  public abstract Optional<PayerRef> payer();
}
