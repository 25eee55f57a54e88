package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.FillRow;
import java.util.Arrays;
import java.util.List;

/** The «Заполнить» table as a table to download in Russian: one row a document, as the table shows it. */
final class TableExport {
  /** The columns, in Russian. */
  static final List<String> HEADERS = List.of("Номер", "Дата", "Сумма", "Плательщик", "Контакт покупателя",
      "Назначение платежа", "Действие", "Причина пропуска", "Статус чека", "Статус в Счетмаш", "Номер чека",
      "Проверен", "Срок чека", "Просрочен", "Внешний номер", "Ключ документа");

  private TableExport() {}

  /** The table of {@code rows}. */
  static ExportTable of(List<FillRow> rows) {
    return new ExportTable("Заполнить", HEADERS, rows.stream().map(TableExport::row).toList());
  }

  private static List<?> row(FillRow row) {
    String wire = row.savedState().rawStatus().orElse("");
    return Arrays.asList(row.number(), row.date().toLocalDate(), row.amount(), row.payerName().orElse(null),
        row.buyerContact().orElse(null), row.paymentPurpose(), Words.planned(row.action()),
        row.skipReason().map(RussianReasons::text).orElse(null), wire.isEmpty() ? null : Words.status(wire),
        wire.isEmpty() ? null : wire, row.savedState().receiptId().orElse(null),
        row.savedState().checkedAt().orElse(null), row.dueBy(), row.overdue(), row.externalId(),
        row.documentKey().toString());
  }
}
