package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.FillRow;

/**
 * What a confirmation page says about the document it concerns.
 *
 * @param number its number in 1C
 * @param date its date and time
 * @param amount its amount
 * @param payer its payer, «не указан» when 1C names none
 */
record DocumentFacts(String number, String date, String amount, String payer) {
  /** The facts of {@code row}. */
  static DocumentFacts of(FillRow row) {
    return new DocumentFacts(row.number(), Formats.dayAndTime(row.date()), Formats.amount(row.amount()),
        row.payerName().orElse("не указан"));
  }
}
