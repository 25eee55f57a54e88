package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalReport;
import io.github.receiptbridge.core.ReceiptStatus;
import java.time.LocalDate;
import java.util.Optional;

/** Builds {@link DocumentOutcome}s from rows. */
final class Outcomes {
  private Outcomes() {}

  /** An outcome of {@code row} with its saved receipt id and status, before anything happens. */
  public static DocumentOutcome.Builder of(FillRow row, Action action) {
    return DocumentOutcome.builder()
        .documentKey(row.documentKey())
        .number(row.number())
        .date(row.date())
        .amount(row.amount())
        .externalId(row.externalId())
        .receiptId(row.savedState().receiptId())
        .rawStatus(row.savedState().rawStatus())
        .action(action)
        .dueBy(row.dueBy())
        .overdue(row.overdue());
  }

  /** The fiscal service's error text of a receipt, as a report's error: {@code fiscal service: <its words>}. */
  public static Optional<String> serviceError(FiscalReport report) {
    return report.errorMessage().map(message -> "fiscal service: " + message);
  }

  /** Whether a receipt with {@code status} is still overdue on {@code today}. */
  public static boolean overdue(FillRow row, ReceiptStatus status, LocalDate today) {
    return status != ReceiptStatus.SUCCESS && today.isAfter(row.dueBy());
  }

  /** A one-line description of an exception for a report: its message, or its type when it has none. */
  public static String describe(Throwable error) {
    String message = error.getMessage();
    return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
  }
}
