package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.WorkingCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The lateness rule: a receipt is late when the day it was fiscalized (the date of its tag 1012, in the ledger's zone)
 * is after its due day, the next working day after the payment by the production calendar. The due day is the one
 * recorded when the receipt was sent, or, for an entry recorded before the journal kept it, the calendar's for the
 * payment date.
 */
public final class LateReceipts {
  private LateReceipts() {}

  /** The late receipts among {@code entries}, by payment date, document number and fiscal time. */
  public static List<LateReceipt> find(List<JournalEntry> entries, WorkingCalendar calendar) {
    return entries.stream()
        .flatMap(entry -> late(entry, calendar).stream())
        .sorted(Comparator.comparing(LateReceipt::paymentDate).thenComparing(LateReceipt::number)
            .thenComparing(LateReceipt::fiscalizedAt))
        .toList();
  }

  /** {@code entry} as a late receipt, or empty when it is not fiscalized yet or was fiscalized in time. */
  public static Optional<LateReceipt> late(JournalEntry entry, WorkingCalendar calendar) {
    if (entry.fiscalizedAt().isEmpty() || entry.fiscalNumbers().isEmpty() || entry.receiptId().isEmpty()) {
      return Optional.empty();
    }
    LocalDate paymentDate = entry.date().toLocalDate();
    LocalDate dueBy = entry.dueBy().orElseGet(() -> calendar.dueBy(paymentDate));
    if (!entry.fiscalizedAt().get().toLocalDate().isAfter(dueBy)) {
      return Optional.empty();
    }
    return Optional.of(LateReceipt.builder()
        .documentKey(entry.documentKey())
        .number(entry.number())
        .paymentDate(paymentDate)
        .amount(entry.amount())
        .dueBy(dueBy)
        .fiscalizedAt(entry.fiscalizedAt().get())
        .receiptId(entry.receiptId().getAsLong())
        .externalId(entry.externalId())
        .fiscalNumbers(entry.fiscalNumbers().get())
        .build());
  }
}
