package io.github.receiptbridge.onec.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A «Списание с расчетного счета» document ({@code Document_СписаниеСРасчетногоСчета}): money leaving the bank
 * account. With the operation kind {@link #REFUND_TO_PAYER} it returns a payer's money, which 54-ФЗ treats as a
 * settlement needing a «возврат прихода» receipt.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractBankWithdrawal {
  /** {@code ВидОперации} of a refund to a payer: {@code ВозвратПокупателю}. */
  public static final String REFUND_TO_PAYER = "ВозвратПокупателю";
  /** {@code ВидОперации} of a payment to a supplier (1C's default): {@code ОплатаПоставщику}. */
  public static final String SUPPLIER_PAYMENT = "ОплатаПоставщику";

  /**
   * {@code Ref_Key}: the document's GUID, stable for its whole life.
   *
   * @return the document's key
   */
  public abstract UUID key();

  /**
   * {@code Number}, for example {@code 0000-000041}.
   *
   * @return the number as 1C shows it, with its prefix and leading zeros
   */
  public abstract String number();

  /**
   * {@code Date}: the 1C server's wall-clock time.
   *
   * @return the date and time, without a zone
   */
  public abstract LocalDateTime date();

  /**
   * {@link #date()} in the server's time zone, as configured on the client.
   *
   * @return the same instant with the client's {@code serverZone}
   */
  public abstract ZonedDateTime zonedDate();

  /**
   * {@code Posted}.
   *
   * @return {@code true} when the document is posted
   */
  public abstract boolean posted();

  /**
   * {@code DeletionMark}.
   *
   * @return {@code true} when the document is marked for deletion
   */
  public abstract boolean deletionMark();

  /**
   * {@code Организация_Key}: the paying organization.
   *
   * @return the organization's {@code Ref_Key}
   */
  public abstract UUID organizationKey();

  /**
   * {@code ВидОперации}: the name of a {@code ВидыОперацийСписаниеДенежныхСредств} value, for example {@link
   * #REFUND_TO_PAYER} or {@link #SUPPLIER_PAYMENT}; empty when not set. Releases add values, so this is a string.
   *
   * @return the operation kind's name, or the empty string
   */
  public abstract String operationKind();

  /**
   * {@code СуммаДокумента}: exact, never through {@code double}.
   *
   * @return the document's total in roubles
   */
  public abstract BigDecimal amount();

  /**
   * {@code НазначениеПлатежа}.
   *
   * @return the payment purpose text; the empty string when 1C holds none
   */
  public abstract String paymentPurpose();

  /**
   * {@code Контрагент} («Получатель»): the counterparty or natural person paid; absent when the field is empty.
   *
   * @return the recipient; empty when 1C holds none
   */
  public abstract Optional<PayerRef> recipient();

  /**
   * {@code ДокументОснование}: the document this one was entered from, for a refund often the original payment.
   *
   * @return the basis document; empty when the field is empty
   */
  public abstract Optional<DocumentRef> basisDocument();

  /**
   * The rows of {@code РасшифровкаПлатежа}, in {@code LineNumber} order; empty when 1C sent none.
   *
   * @return the rows, in 1C's order
   */
  public abstract List<BankWithdrawalRow> rows();

  /**
   * Whether the operation kind is {@link #REFUND_TO_PAYER}.
   *
   * @return {@code true} for a refund to a payer
   */
  @Value.Derived
  public boolean isRefundToPayer() {
    return REFUND_TO_PAYER.equals(operationKind());
  }

  /**
   * The keys of the «Поступление на расчетный счет» documents this one names, the basis document first and then
   * each row's {@code Сделка}, without repeats; empty when it names none.
   *
   * @return the keys in the order described, as an insertion-ordered set
   */
  public Set<UUID> referencedBankReceipts() {
    Set<UUID> keys = new LinkedHashSet<>();
    basisDocument().filter(DocumentRef::isBankReceipt).ifPresent(ref -> keys.add(ref.key()));
    for (BankWithdrawalRow row : rows()) {
      row.settlementDocument().filter(DocumentRef::isBankReceipt).ifPresent(ref -> keys.add(ref.key()));
    }
    return keys;
  }
}
