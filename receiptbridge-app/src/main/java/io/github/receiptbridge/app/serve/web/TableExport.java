package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.common.ReceiptIds;
import io.github.receiptbridge.app.serve.RowFacts;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.ReceiptDetails;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The «Заполнить» table as a table to download in Russian: one row a document, as the table shows it. */
final class TableExport {
  /** The columns, in Russian. */
  static final List<String> HEADERS = List.of("Номер", "Дата", "Сумма", "Плательщик", "Контакт покупателя",
      "Назначение платежа", "Действие", "Причина пропуска", "Статус чека", "Статус в Счетмаш", "Номер чека",
      "Проверен", "Срок чека", "Просрочен", "Отметки", "Ошибка Счетмаш", "ФН", "ФД", "ФПД", "Внешний номер",
      "Ключ документа");

  private TableExport() {}

  /** The table of {@code rows}, marked by {@code facts} as the page marks them. */
  static ExportTable of(List<FillRow> rows, RowFacts facts) {
    return new ExportTable("Заполнить", HEADERS, rows.stream().<List<?>>map(row -> row(row, facts)).toList());
  }

  private static List<?> row(FillRow row, RowFacts facts) {
    String marks = RowMarkView.of(row, facts).stream().map(mark -> mark.label() + ": " + mark.text())
        .collect(Collectors.joining("; "));
    Optional<ReceiptDetails> details = row.receiptDetails();
    Optional<FiscalNumbers> numbers = details.flatMap(ReceiptDetails::fiscalNumbers);
    String wire = row.savedState().rawStatus().orElse("");
    return Arrays.asList(row.number(), row.date().toLocalDate(), row.amount(), row.payerName().orElse(null),
        row.buyerContact().orElse(null), row.paymentPurpose(), Words.planned(row.action()),
        row.skipReason().map(RussianReasons::text).orElse(null), wire.isEmpty() ? null : Words.status(wire),
        wire.isEmpty() ? null : wire, ReceiptIds.orNull(row.savedState().receiptId()),
        row.savedState().checkedAt().orElse(null), row.dueBy(), row.overdue(), marks.isEmpty() ? null : marks,
        details.flatMap(ReceiptDetails::errorMessage).orElse(null), numbers.map(FiscalNumbers::fnNumber).orElse(null),
        numbers.map(FiscalNumbers::fiscalDocumentNumber).orElse(null),
        numbers.map(FiscalNumbers::fiscalSign).orElse(null), row.externalId(), row.documentKey().toString());
  }
}
