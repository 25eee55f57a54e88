package io.github.receiptbridge.core;

import io.github.receiptbridge.core.internal.ReportFormats;
import java.util.List;

/**
 * The late-receipt register ({@link ReceiptRegistrar#lateReceipts}) as a file: CSV or JSON with English field names,
 * one record a receipt, for the voluntary notice to the tax office and for spreadsheets.
 *
 * @since 0.1.0
 */
public final class LateReceiptFormats {
  private LateReceiptFormats() {}

  /**
   * CSV with a header line and CRLF line ends; columns {@code documentKey, number, paymentDate, amount, dueBy,
   * fiscalizedAt, daysLate, receiptId, externalId, fnNumber, fiscalDocumentNumber, fiscalSign, shiftNumber,
   * shiftReceiptNumber}; dates ISO ({@code fiscalizedAt} as {@code yyyy-MM-dd'T'HH:mm:ss}).
   *
   * @param receipts the receipts, in the order of the lines
   * @return the CSV text, a header line alone when {@code receipts} is empty
   */
  public static String csv(List<LateReceipt> receipts) {
    return ReportFormats.lateCsv(receipts);
  }

  /**
   * A JSON array of objects with the fields of {@link #csv}, numbers as numbers.
   *
   * @param receipts the receipts, in the order of the array
   * @return the JSON text, {@code []} when {@code receipts} is empty
   */
  public static String json(List<LateReceipt> receipts) {
    return ReportFormats.lateJson(receipts);
  }
}
