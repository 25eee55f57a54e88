package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A «Приход» receipt as the workflow asks a {@link FiscalService} to register it: one line whose price, sum, the
 * receipt's total and its single payment are all {@link #amount()}, to the kopeck. A fiscal service turns it into
 * its own request.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractReceiptDraft {
  /** The longest buyer name a receipt carries (ФФД tag 1227). */
  public static final int MAX_BUYER_NAME = 256;

  /**
   * The idempotency key: registering the same key again must return the first receipt.
   *
   * @return the key, such as {@code 1c-<Ref_Key>} for a payment's first receipt
   */
  public abstract String externalId();

  /**
   * When the payment was made: the document's date, in the ledger's zone.
   *
   * @return the payment's date and time, without a zone
   */
  public abstract LocalDateTime timestamp();

  /**
   * The buyer's e-mail the receipt goes to; at most one of it and {@link #buyerPhone()} is present.
   *
   * @return the e-mail; empty when the receipt goes to a phone
   */
  public abstract Optional<String> buyerEmail();

  /**
   * The buyer's phone the receipt goes to, {@code +7XXXXXXXXXX}.
   *
   * @return the phone; empty when the receipt goes to an e-mail
   */
  public abstract Optional<String> buyerPhone();

  /**
   * The buyer's name (ФФД tag 1227), at most {@value #MAX_BUYER_NAME} characters: present for an organization or a
   * payer with an INN, never for a person without one.
   *
   * @return the name; empty for a person without an INN
   */
  public abstract Optional<String> buyerName();

  /**
   * The buyer's INN (ФФД tag 1228), 10 or 12 digits, when the payer has a valid one.
   *
   * @return the INN; empty when the payer has no valid one
   */
  public abstract Optional<String> buyerInn();

  /**
   * The line's name, at most {@value ReceiptPolicy#MAX_ITEM_NAME} characters.
   *
   * @return the line's name, not blank
   */
  public abstract String itemName();

  /**
   * The line's price and sum, the total and the payment, with two decimals.
   *
   * @return the amount in roubles, above zero
   */
  public abstract BigDecimal amount();

  /**
   * The line's VAT rate.
   *
   * @return the rate the policy's {@link TaxRule} chose for the payment date
   */
  public abstract VatRate vatRate();

  /**
   * What is paid for (tag 1212).
   *
   * @return the subject of payment, from the policy
   */
  public abstract PaymentObject paymentObject();

  /**
   * How the payment settles the obligation (tag 1214).
   *
   * @return the method of settlement, from the policy
   */
  public abstract PaymentMethod paymentMethod();

  /**
   * The form of the single payment.
   *
   * @return the payment's form, from the policy
   */
  public abstract PaymentForm paymentForm();

  /**
   * Where the service posts the fiscal data, if anywhere.
   *
   * @return the absolute callback URL; empty when the service posts nothing
   */
  public abstract Optional<String> callbackUrl();
}
