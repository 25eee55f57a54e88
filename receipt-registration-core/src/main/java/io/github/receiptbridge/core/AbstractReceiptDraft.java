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

  /** The idempotency key: registering the same key again must return the first receipt. */
  public abstract String externalId();

  /** When the payment was made: the document's date, in the ledger's zone. */
  public abstract LocalDateTime timestamp();

  /** The buyer's e-mail the receipt goes to; at most one of it and {@link #buyerPhone()} is present. */
  public abstract Optional<String> buyerEmail();

  /** The buyer's phone the receipt goes to, {@code +7XXXXXXXXXX}. */
  public abstract Optional<String> buyerPhone();

  /**
   * The buyer's name (ФФД tag 1227), at most {@value #MAX_BUYER_NAME} characters: present for an organization or a
   * payer with an INN, never for a person without one.
   */
  public abstract Optional<String> buyerName();

  /** The buyer's INN (ФФД tag 1228), 10 or 12 digits, when the payer has a valid one. */
  public abstract Optional<String> buyerInn();

  /** The line's name, at most {@value ReceiptPolicy#MAX_ITEM_NAME} characters. */
  public abstract String itemName();

  /** The line's price and sum, the total and the payment, with two decimals. */
  public abstract BigDecimal amount();

  /** The line's VAT rate. */
  public abstract VatRate vatRate();

  /** What is paid for (tag 1212). */
  public abstract PaymentObject paymentObject();

  /** How the payment settles the obligation (tag 1214). */
  public abstract PaymentMethod paymentMethod();

  /** The form of the single payment. */
  public abstract PaymentForm paymentForm();

  /** Where the service posts the fiscal data, if anywhere. */
  public abstract Optional<String> callbackUrl();
}
