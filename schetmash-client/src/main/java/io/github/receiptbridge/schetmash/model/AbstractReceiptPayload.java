package io.github.receiptbridge.schetmash.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fiscal data of a receipt in status {@code success} ({@code payload} on the wire).
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractReceiptPayload {
  /**
   * Receipt total in roubles ({@code total}; sent as a number or as a string like {@code "249.00"}).
   *
   * @return the total in roubles, with the kopecks as decimals
   */
  public abstract BigDecimal total();

  /**
   * Site of the tax service where the receipt can be checked ({@code fns_site}, {@code www.nalog.ru}).
   *
   * @return the site's host name as the service sent it
   */
  public abstract String fnsSite();

  /**
   * Serial number of the fiscal drive ({@code fn_number}, ФН, tag 1041).
   *
   * @return the serial number, as text
   */
  public abstract String fnNumber();

  /**
   * Shift number ({@code shift_number}, tag 1038).
   *
   * @return the shift number, counted by the fiscal drive from 1
   */
  public abstract long shiftNumber();

  /**
   * Date and time printed on the receipt ({@code receipt_datetime}, tag 1012): the cash register's wall clock, no
   * offset. Parsed from {@code dd.MM.yyyy HH:mm:ss} or the older {@code d MMM yyyy HH:mm:ss +0300}.
   *
   * @return the printed date and time, in the cash register's own zone
   */
  public abstract LocalDateTime receiptDatetime();

  /**
   * Receipt number within the shift ({@code fiscal_receipt_number}, tag 1042).
   *
   * @return the number within the shift, from 1
   */
  public abstract long fiscalReceiptNumber();

  /**
   * Fiscal document number ({@code fiscal_document_number}, ФД, tag 1040).
   *
   * @return the fiscal document number, counted by the fiscal drive from 1
   */
  public abstract long fiscalDocumentNumber();

  /**
   * Registration number of the cash register ({@code ecr_registration_number}, РН ККТ, tag 1037).
   *
   * @return the registration number, as text (it may begin with zeros)
   */
  public abstract String ecrRegistrationNumber();

  /**
   * Fiscal sign of the document ({@code fiscal_document_attribute}, ФПД, tag 1077).
   *
   * @return the fiscal sign, the number a buyer checks the receipt with
   */
  public abstract long fiscalDocumentAttribute();

  /**
   * The QR-code content or OFD link ({@code qr}): a URL, a bare query string, or absent.
   *
   * @return the QR content; empty when the service sent none
   */
  public abstract Optional<String> qr();
}
