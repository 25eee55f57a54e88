package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.common.ReceiptIds;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.RunReport;
import java.util.Arrays;
import java.util.List;

/**
 * A pass report as a table to download in Russian: one row a document, with what the pass did, the receipt's status in
 * the cabinet's words, and the reason or failure in Russian. The machine formats stay {@code report.csv} and {@code
 * report.json}.
 */
final class ReportExport {
  /** The columns, in Russian. */
  static final List<String> HEADERS = List.of("Номер", "Дата", "Сумма", "Итог", "Статус чека", "Статус в Счетмаш",
      "Номер чека", "Причина или ошибка", "Подробности", "Срок чека", "Просрочен", "Внешний номер", "Ключ документа");

  private ReportExport() {}

  /** The table of {@code report}. */
  static ExportTable of(RunReport report) {
    return new ExportTable("Отчёт", HEADERS, report.outcomes().stream().map(ReportExport::row).toList());
  }

  private static List<?> row(DocumentOutcome outcome) {
    String wire = outcome.rawStatus().orElse("");
    String why = outcome.failureKind().map(RussianFailures::document)
        .or(() -> outcome.reason().map(RussianReasons::text)).orElse("");
    return Arrays.asList(outcome.number(), outcome.date().toLocalDate(), outcome.amount(),
        Words.action(outcome.action()), wire.isEmpty() ? null : Words.status(wire), wire.isEmpty() ? null : wire,
        ReceiptIds.orNull(outcome.receiptId()), why, outcome.error().orElse(null), outcome.dueBy(), outcome.overdue(),
        outcome.externalId(), outcome.documentKey().toString());
  }
}
