package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.ReasonCode;
import java.util.EnumSet;
import java.util.Set;

/**
 * A finding the «Заполнить» table marks a row with, and can filter by: what the accountant must look at beyond the
 * row's own status and action.
 */
public enum RowMark {
  /** The last audit found the document's receipt does not match it (see {@link AuditFindings}). */
  MISMATCH,
  /** The document looks like a repeat of another one and is not sent until someone confirms it. */
  POSSIBLE_DUPLICATE,
  /** A refund of the period returns this payment. */
  REFUNDED,
  /** The receipt is overdue: its due day has passed without a successful receipt. */
  LATE;

  /** The marks of {@code row}, given what is known of the period's documents beyond their rows. */
  public static Set<RowMark> of(FillRow row, RowFacts facts) {
    Set<RowMark> marks = EnumSet.noneOf(RowMark.class);
    if (facts.mismatches().containsKey(row.documentKey())) {
      marks.add(MISMATCH);
    }
    if (row.skipReasonCode().filter(ReasonCode.POSSIBLE_DUPLICATE::equals).isPresent()) {
      marks.add(POSSIBLE_DUPLICATE);
    }
    if (facts.refunded().contains(row.documentKey())) {
      marks.add(REFUNDED);
    }
    if (row.overdue()) {
      marks.add(LATE);
    }
    return marks;
  }
}
