package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds documents of one organization's period that look like the same payment (docs/architecture.md §2): the same
 * payment order number and date ({@code НомерВходящегоДокумента}, {@code ДатаВходящегоДокумента}), amount and payer;
 * when the payment order number is empty, the same day, amount, payer and payment purpose. A bank statement deleted
 * and loaded again, or loaded twice, gives such copies under new {@code Ref_Key}s, hence new {@code external_id}s, and
 * the service's own deduplication cannot see them.
 *
 * <p>Rows are checked in the period's date and number order. A row that would be sent is skipped with {@link
 * ReasonCode#POSSIBLE_DUPLICATE} when an earlier copy has a receipt id in the ledger (even if it is now deleted or
 * unposted) or is sent in this pass; a copy that was never sent (a deleted original) does not hold the payment back. A
 * row an operator named as not a duplicate is left as it is. Not thread-safe; one instance per pass.
 */
final class PossibleDuplicates {
  private final Map<String, FillRow> holders = new HashMap<>();
  private final List<String> notDuplicates;
  private final JournalTrail trail;

  /**
   * @param notDuplicates numbers or {@code Ref_Key}s of documents an operator confirmed as separate payments
   * @param trail the receipt journal, which knows the receipts of copies that are gone from the ledger
   */
  PossibleDuplicates(List<String> notDuplicates, JournalTrail trail) {
    this.notDuplicates = List.copyOf(notDuplicates);
    this.trail = trail;
  }

  /** {@code row}, or the same row skipped as a possible duplicate of an earlier one. */
  FillRow check(FillRow row) {
    Optional<String> key = paymentKey(row);
    if (key.isEmpty()) {
      return row;
    }
    FillRow earlier = holders.get(key.get());
    FillRow checked = row;
    if (row.action() == PlannedAction.SEND) {
      boolean confirmed = notDuplicates.stream()
          .anyMatch(name -> DocumentNames.matches(name, row.documentKey(), row.number()));
      Optional<Reason> duplicateOf = earlier != null && holdsThePayment(earlier) ? Optional.of(reason(row, earlier))
          : trail.receiptOfAnotherCopy(row).map(entry -> reason(row, entry));
      if (confirmed) {
        trail.notDuplicate(row);
      } else if (duplicateOf.isPresent()) {
        checked = row.withAction(PlannedAction.SKIP).withOverdue(false).withSkipReason(duplicateOf.get());
      }
    }
    if (earlier == null || !holdsThePayment(earlier) && holdsThePayment(checked)) {
      holders.put(key.get(), checked);
    }
    return checked;
  }

  /** Whether a row stands for the payment's receipt: one saved in the ledger, or one this pass sends. */
  private static boolean holdsThePayment(FillRow row) {
    return row.savedState().isSent() || row.action() == PlannedAction.SEND;
  }

  /** What makes two documents the same payment; empty for a document without a payer, which is never sent. */
  static Optional<String> paymentKey(FillRow row) {
    if (row.payerKey().isEmpty()) {
      return Optional.empty();
    }
    String common = "|" + amount(row.amount()) + "|" + row.payerKey().get();
    if (row.incomingNumber().isPresent()) {
      return Optional.of("order|" + row.incomingNumber().get().trim() + "|" + row.incomingDate().orElse(null)
          + common);
    }
    return Optional.of("day|" + row.date().toLocalDate() + common + "|" + row.paymentPurpose().trim());
  }

  private static String amount(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  private static Reason reason(FillRow row, FillRow earlier) {
    String state = earlier.deletionMark() ? "MARKED_FOR_DELETION" : !earlier.posted() ? "NOT_POSTED" : "";
    return reason(row, earlier.number(), earlier.date().toLocalDate(), earlier.savedState().receiptId(), state);
  }

  /** The reason for a copy of a document the journal knows and the period of the ledger does not hold any more. */
  private static Reason reason(FillRow row, JournalEntry gone) {
    return reason(row, gone.number(), gone.date().toLocalDate(), gone.receiptId(), "FROM_JOURNAL");
  }

  /** {@link ReasonCode#POSSIBLE_DUPLICATE} with its six arguments. */
  private static Reason reason(FillRow row, String number, LocalDate date, OptionalLong receiptId, String state) {
    return Reason.of(ReasonCode.POSSIBLE_DUPLICATE, number, date.toString(),
        Ids.text(receiptId), state, row.incomingNumber().orElse(""),
        row.incomingNumber().flatMap(order -> row.incomingDate()).map(LocalDate::toString).orElse(""));
  }
}
