package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A payer's money returned from the organization's bank account, as a {@link Ledger} holds it: in 1C a «Списание с
 * расчетного счета» with the operation kind {@code ВозвратПокупателю}. It needs a «возврат прихода» ({@code
 * sell_refund}) receipt against the receipt of the payment it returns; its {@link #key()} makes that receipt's
 * external id ({@code 1c-<key>-refund}), so it must never change.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractRefundDocument {
  /** The document's key, stable for its whole life. */
  public abstract UUID key();

  /** The paying organization's key. */
  public abstract UUID organizationKey();

  /** The document number, as a person reads it. */
  public abstract String number();

  /** The document date and time, in the ledger's zone. */
  public abstract LocalDateTime date();

  /** The amount returned, exact. */
  public abstract BigDecimal amount();

  /** The payment purpose. */
  public abstract String paymentPurpose();

  /** Whether the document is posted; default true. */
  @Value.Default
  public boolean posted() {
    return true;
  }

  /** Whether the document is marked for deletion; default false. */
  @Value.Default
  public boolean deletionMark() {
    return false;
  }

  /** The payer the money goes back to (in 1C «Получатель»), when the document names one. */
  public abstract Optional<PayerRef> payer();

  /** The payment document the refund names as its basis (in 1C {@code ДокументОснование}), if any. */
  public abstract Optional<UUID> basisPayment();

  /**
   * The payment documents its settlement rows name (in 1C each {@code РасшифровкаПлатежа} row's {@code Сделка}), in
   * row order, possibly with repeats.
   */
  public abstract List<UUID> settlementPayments();

  /** Every payment document the refund names: the basis first, then the rows', without repeats. */
  public Set<UUID> namedPayments() {
    Set<UUID> named = new LinkedHashSet<>();
    basisPayment().ifPresent(named::add);
    named.addAll(settlementPayments());
    return named;
  }
}
