package io.github.receiptbridge.core;

import org.immutables.value.Value;

/**
 * The numbers that identify a fiscalized receipt for the tax office, as the cash register printed them: what a notice
 * about a late receipt names.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractFiscalNumbers {
  /**
   * The serial number of the fiscal drive (ФН, tag 1041).
   *
   * @return the fiscal drive's serial number, as text
   */
  public abstract String fnNumber();

  /**
   * The fiscal document number (ФД, tag 1040).
   *
   * @return the fiscal document number, counted by the fiscal drive
   */
  public abstract long fiscalDocumentNumber();

  /**
   * The fiscal sign of the document (ФПД, tag 1077), as the digits the service gave.
   *
   * @return the fiscal sign as a string of digits
   */
  public abstract String fiscalSign();

  /**
   * The shift number (tag 1038).
   *
   * @return the shift number, counted by the fiscal drive
   */
  public abstract long shiftNumber();

  /**
   * The receipt's number within its shift (tag 1042).
   *
   * @return the number within the shift, from 1
   */
  public abstract long shiftReceiptNumber();
}
