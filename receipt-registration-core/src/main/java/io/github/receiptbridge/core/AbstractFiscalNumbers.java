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
  /** The serial number of the fiscal drive (ФН, tag 1041). */
  public abstract String fnNumber();

  /** The fiscal document number (ФД, tag 1040). */
  public abstract long fiscalDocumentNumber();

  /** The fiscal sign of the document (ФПД, tag 1077), as the digits the service gave. */
  public abstract String fiscalSign();

  /** The shift number (tag 1038). */
  public abstract long shiftNumber();

  /** The receipt's number within its shift (tag 1042). */
  public abstract long shiftReceiptNumber();
}
