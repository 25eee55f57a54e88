package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.RunReport;
import java.util.List;

/**
 * What the service does with one organization's documents: a pass of each {@link PassKind}, and the reads behind the
 * «Заполнить» table and «Поздние чеки». The app's is {@link RegistrarWork}; a test gives its own.
 */
interface OrganizationWork {
  /**
   * Runs a pass of {@code kind} over {@code period}.
   *
   * @param documents the named documents of a kind that names them; empty otherwise
   * @return what the pass did
   * @throws RuntimeException when the pass failed as a whole (a
   *     {@link io.github.receiptbridge.core.RunAbortedException} carries what it did before)
   */
  RunReport run(PassKind kind, DateRange period, List<String> documents);

  /** The period's documents as «Заполнить» shows them, in 1C's order. */
  List<FillRow> fill(DateRange period);

  /** The receipts of the period's payments fiscalized after their due day, from the receipt journal. */
  List<LateReceipt> lateReceipts(DateRange period);

  /** The period's refunds to payers, each with the payment it returns, its receipt and what is left to refund. */
  List<RefundRow> refunds(DateRange period);
}
