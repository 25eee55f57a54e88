package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One refund of a period as {@link ReceiptRegistrar#refunds} lists it: the refund document with its own saved receipt
 * state, and the payment it returns with that payment's receipt and what of it is left to refund.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractRefundRow {
  /**
   * The refund document.
   *
   * @return the refund document
   */
  public abstract RefundDocument refund();

  /**
   * The refund's own receipt state, as the ledger holds it; empty when no refund receipt was sent.
   *
   * @return the saved state, {@code SavedState.empty()} when no refund receipt was sent
   */
  public abstract SavedState savedState();

  /**
   * The external id its refund receipt is sent under: {@code 1c-<refund key>-refund}.
   *
   * @return the external id of the refund receipt
   */
  public abstract String externalId();

  /**
   * How the payment was found.
   *
   * @return how the payment was found, {@link RefundMatch#NONE} when it was not
   */
  public abstract RefundMatch match();

  /**
   * The payment's key, unless {@link #match()} is {@link RefundMatch#NONE}.
   *
   * @return the payment's key; empty when no payment was found
   */
  public abstract Optional<UUID> paymentKey();

  /**
   * The payment's number.
   *
   * @return the payment's number; empty when no payment was found
   */
  public abstract Optional<String> paymentNumber();

  /**
   * The payment's date.
   *
   * @return the payment's date and time; empty when no payment was found
   */
  public abstract Optional<LocalDateTime> paymentDate();

  /**
   * The payment's amount.
   *
   * @return the payment's amount in roubles; empty when no payment was found
   */
  public abstract Optional<BigDecimal> paymentAmount();

  /**
   * The id of the payment's receipt, as the ledger holds it.
   *
   * @return the receipt id; empty when no payment was found or it has no receipt
   */
  public abstract OptionalLong paymentReceiptId();

  /**
   * That receipt's status, as the ledger holds it.
   *
   * @return the status text; empty when no payment was found or the ledger holds no status for it
   */
  public abstract Optional<String> paymentReceiptStatus();

  /**
   * What the receipt journal knows to be refunded of the payment already, by other refund documents (a refund
   * receipt sent without an answer yet counts); zero without a payment.
   *
   * @return the amount in roubles already refunded
   */
  public abstract BigDecimal refunded();

  /**
   * The payment's amount minus {@link #refunded()}, never below zero; empty without a payment. {@link
   * ReceiptRegistrar#refund} checks against the receipt's fiscalized total, which is the payment's amount unless the
   * two disagree.
   *
   * @return the amount in roubles left to refund; empty when no payment was found
   */
  public abstract Optional<BigDecimal> refundable();
}
