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
 * settlement needing a «возврат прихода» receipt ({@code onec-odata.md} §4.1a).
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractBankWithdrawal {
  /** {@code ВидОперации} of a refund to a payer: {@code ВозвратПокупателю}. */
  public static final String REFUND_TO_PAYER = "ВозвратПокупателю";
  /** {@code ВидОперации} of a payment to a supplier (1C's default): {@code ОплатаПоставщику}. */
  public static final String SUPPLIER_PAYMENT = "ОплатаПоставщику";

  /** {@code Ref_Key}: the document's GUID, stable for its whole life. */
  public abstract UUID key();

  /** {@code Number}, for example {@code 0000-000041}. */
  public abstract String number();

  /** {@code Date}: the 1C server's wall-clock time. */
  public abstract LocalDateTime date();

  /** {@link #date()} in the server's time zone, as configured on the client. */
  public abstract ZonedDateTime zonedDate();

  /** {@code Posted}. */
  public abstract boolean posted();

  /** {@code DeletionMark}. */
  public abstract boolean deletionMark();

  /** {@code Организация_Key}: the paying organization. */
  public abstract UUID organizationKey();

  /**
   * {@code ВидОперации}: the name of a {@code ВидыОперацийСписаниеДенежныхСредств} value, for example {@link
   * #REFUND_TO_PAYER} or {@link #SUPPLIER_PAYMENT}; empty when not set. Releases add values, so this is a string.
   */
  public abstract String operationKind();

  /** {@code СуммаДокумента}: exact, never through {@code double}. */
  public abstract BigDecimal amount();

  /** {@code НазначениеПлатежа}. */
  public abstract String paymentPurpose();

  /**
   * {@code Контрагент} («Получатель»): the counterparty or natural person paid; absent when the field is empty.
   */
  public abstract Optional<PayerRef> recipient();

  /** {@code ДокументОснование}: the document this one was entered from, for a refund often the original payment. */
  public abstract Optional<DocumentRef> basisDocument();

  /** The rows of {@code РасшифровкаПлатежа}, in {@code LineNumber} order; empty when 1C sent none. */
  public abstract List<BankWithdrawalRow> rows();

  /** Whether the operation kind is {@link #REFUND_TO_PAYER}. */
  @Value.Derived
  public boolean isRefundToPayer() {
    return REFUND_TO_PAYER.equals(operationKind());
  }

  /**
   * The keys of the «Поступление на расчетный счет» documents this one names, the basis document first and then
   * each row's {@code Сделка}, without repeats; empty when it names none.
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
