package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.schetmash.model.ReceiptPayload;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the books and a document's receipt still agree: the receipt's total (known once it is {@code success}) must
 * be the document's amount, and a document with a receipt must still be posted and not marked for deletion. A
 * disagreement needs a refund or correction receipt, which a person decides; the SDK only reports it.
 */
final class Mismatches {
  private Mismatches() {}

  /**
   * What disagrees between {@code row} and its receipt's {@code report}, or empty when they agree. The code is the
   * first problem's: a deletion mark or an unposting before a changed amount.
   */
  public static Optional<Reason> find(FillRow row, long receiptId, ReceiptReport report) {
    List<String> problems = new ArrayList<>();
    ReasonCode code = null;
    if (row.deletionMark()) {
      problems.add("the document is marked for deletion but has receipt " + receiptId);
      code = ReasonCode.DELETED_AFTER_RECEIPT;
    } else if (!row.posted()) {
      problems.add("the document is no longer posted but has receipt " + receiptId);
      code = ReasonCode.UNPOSTED_AFTER_RECEIPT;
    }
    Optional<BigDecimal> total = report.payload().map(ReceiptPayload::total);
    if (total.isPresent() && total.get().compareTo(row.amount()) != 0) {
      problems.add("receipt " + receiptId + " is for " + money(total.get()) + ", the document amount is "
          + money(row.amount()));
      code = code == null ? ReasonCode.AMOUNT_CHANGED : code;
    }
    if (code == null) {
      return Optional.empty();
    }
    return Optional.of(new Reason(code, String.join("; ", problems)
        + ": the payment needs a refund or correction receipt, which a person decides"));
  }

  private static String money(BigDecimal amount) {
    return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
  }
}
