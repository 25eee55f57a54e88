package io.github.receiptbridge.app.common;

import io.github.receiptbridge.core.LateReceipt;
import java.util.Arrays;
import java.util.List;

/**
 * The late-receipt register as an Excel workbook: one row a receipt, dates as dates and amounts as numbers, in the
 * column order of {@link #COLUMNS}. The headers are the caller's words: the CLI's English, the console's Russian.
 */
public final class LateReceiptSheet {
  /** What each column holds, in order; a caller gives one header for each. */
  public static final List<String> COLUMNS = List.of("number", "paymentDate", "amount", "dueBy", "fiscalizedAt",
      "daysLate", "receiptId", "fnNumber", "fiscalDocumentNumber", "fiscalSign", "shiftNumber", "shiftReceiptNumber",
      "externalId", "documentKey");

  private LateReceiptSheet() {}

  /**
   * The workbook of {@code receipts}, its sheet named {@code sheetName}, with {@code headers} in the order of {@link
   * #COLUMNS}.
   *
   * @throws IllegalArgumentException when {@code headers} does not name each column
   */
  public static byte[] xlsx(List<LateReceipt> receipts, String sheetName, List<String> headers) {
    if (headers.size() != COLUMNS.size()) {
      throw new IllegalArgumentException("One header for each of " + COLUMNS + ", got " + headers);
    }
    Spreadsheet sheet = Spreadsheet.of(sheetName, headers);
    for (LateReceipt receipt : receipts) {
      sheet.row(Arrays.asList(receipt.number(), receipt.paymentDate(), receipt.amount(), receipt.dueBy(),
          receipt.fiscalizedAt(), receipt.daysLate(), receipt.receiptId(), receipt.fiscalNumbers().fnNumber(),
          receipt.fiscalNumbers().fiscalDocumentNumber(), receipt.fiscalNumbers().fiscalSign(),
          receipt.fiscalNumbers().shiftNumber(), receipt.fiscalNumbers().shiftReceiptNumber(), receipt.externalId(),
          receipt.documentKey().toString()));
    }
    return sheet.toXlsx();
  }
}
