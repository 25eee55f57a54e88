package io.github.receiptbridge.onec.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A «Поступление на расчетный счет» document ({@code Document_ПоступлениеНаРасчетныйСчет}), header only.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractBankReceipt {
  /**
   * {@code Ref_Key}: the document's GUID, stable for its whole life.
   *
   * @return the document's key
   */
  public abstract UUID key();

  /**
   * {@code Number}, for example {@code 0000-000112}.
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
   * {@code Организация_Key}.
   *
   * @return the receiving organization's {@code Ref_Key}
   */
  public abstract UUID organizationKey();

  /**
   * {@code ВидОперации}: the enum value's name, for example {@code ОплатаПокупателя} or {@code ПрочееПоступление};
   * empty when not set. Releases and derived configurations add values, so this is a string.
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
   * {@code НомерВходящегоДокумента}: the number of the payer's payment order; empty when 1C holds none.
   *
   * @return the payer's order number
   */
  public abstract Optional<String> incomingNumber();

  /**
   * {@code ДатаВходящегоДокумента}: the date of the payer's payment order; empty for 1C's empty date.
   *
   * @return the payer's order date
   */
  public abstract Optional<LocalDate> incomingDate();

  /**
   * {@code НазначениеПлатежа}.
   *
   * @return the payment purpose text; the empty string when 1C holds none
   */
  public abstract String paymentPurpose();

  /**
   * {@code Контрагент}: absent when the field is empty ({@code StandardODATA.Undefined} or the zero GUID).
   *
   * @return the payer; empty when 1C holds none
   */
  public abstract Optional<PayerRef> payer();
}
