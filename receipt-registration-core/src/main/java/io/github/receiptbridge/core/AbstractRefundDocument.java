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
  /**
   * The document's key, stable for its whole life.
   *
   * @return the key, such as 1C's {@code Ref_Key}
   */
  public abstract UUID key();

  /**
   * The paying organization's key.
   *
   * @return the organization's key
   */
  public abstract UUID organizationKey();

  /**
   * The document number, as a person reads it.
   *
   * @return the number, such as {@code 0000-000041}; shown in reports, never parsed
   */
  public abstract String number();

  /**
   * The document date and time, in the ledger's zone.
   *
   * @return the date and time, without a zone
   */
  public abstract LocalDateTime date();

  /**
   * The amount returned, exact.
   *
   * @return the amount in roubles
   */
  public abstract BigDecimal amount();

  /**
   * The payment purpose.
   *
   * @return the purpose text, possibly empty
   */
  public abstract String paymentPurpose();

  /**
   * Whether the document is posted; default true.
   *
   * @return {@code true} when the document is posted
   */
  @Value.Default
  public boolean posted() {
    return true;
  }

  /**
   * Whether the document is marked for deletion; default false.
   *
   * @return {@code true} when the document is marked for deletion
   */
  @Value.Default
  public boolean deletionMark() {
    return false;
  }

  /**
   * The payer the money goes back to (in 1C «Получатель»), when the document names one.
   *
   * @return the payer; empty when the document names none
   */
  public abstract Optional<PayerRef> payer();

  /**
   * The payment document the refund names as its basis (in 1C {@code ДокументОснование}), if any.
   *
   * @return the basis payment's key; empty when there is none
   */
  public abstract Optional<UUID> basisPayment();

  /**
   * The payment documents its settlement rows name (in 1C each {@code РасшифровкаПлатежа} row's {@code Сделка}), in
   * row order, possibly with repeats.
   *
   * @return the payments' keys; empty when no row names one
   */
  public abstract List<UUID> settlementPayments();

  /**
   * Every payment document the refund names: the basis first, then the rows', without repeats.
   *
   * @return the payments' keys in that order; empty when the refund names none
   */
  public Set<UUID> namedPayments() {
    Set<UUID> named = new LinkedHashSet<>();
    basisPayment().ifPresent(named::add);
    named.addAll(settlementPayments());
    return named;
  }
}
