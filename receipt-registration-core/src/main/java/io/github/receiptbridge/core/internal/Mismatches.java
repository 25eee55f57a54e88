package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalReport;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether the books and a document's receipt still agree: the receipt's total (known once it is {@code success}) must
 * be the document's amount, and a document with a receipt must still be posted and not marked for deletion. A
 * disagreement needs a refund or correction receipt, which a person decides; the SDK only reports it.
 */
final class Mismatches {
  private Mismatches() {}

  /**
   * What disagrees between {@code row} and its receipt's {@code report}, or empty when they agree. The code is the
   * first problem's: a deletion mark or an unposting before a changed amount; the arguments carry the total and the
   * amount, so a changed amount is seen beside it.
   */
  public static Optional<Reason> find(FillRow row, long receiptId, FiscalReport report) {
    Optional<BigDecimal> total = report.total();
    boolean amountChanged = total.isPresent() && total.get().compareTo(row.amount()) != 0;
    ReasonCode code;
    if (row.deletionMark()) {
      code = ReasonCode.DELETED_AFTER_RECEIPT;
    } else if (!row.posted()) {
      code = ReasonCode.UNPOSTED_AFTER_RECEIPT;
    } else if (amountChanged) {
      code = ReasonCode.AMOUNT_CHANGED;
    } else {
      return Optional.empty();
    }
    return Optional.of(Reason.of(code, String.valueOf(receiptId), total.map(Mismatches::money).orElse(""),
        money(row.amount())));
  }

  /**
   * What {@code row} no longer shares with what its receipt was sent for, as the receipt journal's {@code sent}
   * recorded it: the operation kind (when the journal recorded it), then the payer; empty when both are the same.
   */
  public static Optional<Reason> basisChanged(FillRow row, long receiptId, JournalEntry sent) {
    if (sent.operationKind().isPresent() && !sent.operationKind().get().equals(row.operationKind())) {
      return Optional.of(Reason.of(ReasonCode.OPERATION_KIND_CHANGED, String.valueOf(receiptId),
          sent.operationKind().get(), row.operationKind()));
    }
    if (!sent.payerKey().equals(row.payerKey())) {
      return Optional.of(Reason.of(ReasonCode.PAYER_CHANGED, String.valueOf(receiptId),
          sent.payerKey().map(UUID::toString).orElse(""), row.payerKey().map(UUID::toString).orElse(""),
          sent.payerName().orElse("")));
    }
    return Optional.empty();
  }

  private static String money(BigDecimal amount) {
    return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
  }
}
