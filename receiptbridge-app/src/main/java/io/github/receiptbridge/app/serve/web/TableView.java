package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.common.ReceiptIds;
import io.github.receiptbridge.app.serve.FillPage;
import io.github.receiptbridge.app.serve.FillSort;
import io.github.receiptbridge.app.serve.FillTotals;
import io.github.receiptbridge.app.serve.RowFacts;
import io.github.receiptbridge.app.serve.RowMark;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReasonCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The «Заполнить» table ({@code fillTable.jte}): the period's totals, the filters and search above it, one row per
 * document as the old 1C form showed it with its marks, sortable headers, the pages and the exports below. A row
 * whose receipt is in {@code error} offers «Повторить чек», a possible duplicate «Это отдельный платёж».
 *
 * @param filterFields the hidden fields that keep the organization and period when the filters are applied
 * @param search the search text, empty for none
 * @param statuses the choices of «Статус чека»
 * @param actions the choices of «Действие»
 * @param marks the choices of «Отметка»
 * @param sizes the choices of «Строк на странице»
 * @param counts how many documents there are, match, and which page this is
 * @param totals the period's totals as the accountant reads them
 * @param headers the column headers, the sortable ones with their links
 * @param rows the rows of this page
 * @param previous the link to the previous page, if any
 * @param next the link to the next page, if any
 * @param xlsxLink the link to this table (all its pages) as an Excel workbook
 * @param csvLink the link to this table (all its pages) as a Russian CSV
 * @param resetLink the link to the whole table of the period: no filter, no search, 1C's order
 */
record TableView(List<HiddenField> filterFields, String search, List<Choice> statuses, List<Choice> actions,
    List<Choice> marks, List<Choice> sizes, FillPage counts, List<TotalLine> totals, List<TableHeader> headers,
    List<Row> rows, Optional<String> previous, Optional<String> next, String xlsxLink, String csvLink,
    String resetLink) {
  private static final List<String> STATUSES = List.of("accept", "processing", "success", "error");
  private static final List<String> SIZES = List.of("50", "100", "500", "1000");
  /** The class of the columns that collapse into the row's details on narrow screens. */
  static final String SECONDARY = "secondary";

  /**
   * One line of the totals: what is counted, how many, and their sum.
   *
   * @param id the line's id in the page
   * @param title what is counted
   * @param count how many
   * @param amount their sum, as 1C shows an amount
   */
  record TotalLine(String id, String title, int count, String amount) {
    static TotalLine of(String id, String title, FillTotals.Sum sum) {
      return new TotalLine(id, title, sum.count(), Formats.amount(sum.amount()));
    }
  }

  /**
   * One document, every value as text.
   *
   * @param overdue whether its receipt is late
   * @param number its number in 1C
   * @param date its date and time
   * @param amount its amount
   * @param payer the payer, empty when 1C names none
   * @param buyerContact the buyer's e-mail or phone, empty when none
   * @param operationKind its kind of operation in 1C
   * @param status its receipt's saved status in the cabinet's words, empty when none
   * @param statusWire the status as the service names it ({@code success}, …), for the tooltip; empty when none
   * @param receiptId its receipt's number, empty when none
   * @param checkedAt when the status was last checked, empty when never
   * @param dueBy the day its receipt is due
   * @param action what «Приход» will do with it, with the reason of a skip, in Russian
   * @param errorText the Счетмаш error text of a receipt in {@code error}, when the journal has it
   * @param marks its marks: mismatch, possible duplicate, refund, late
   * @param receipt the fiscal numbers and check link of its fiscalized receipt, when known
   * @param reissue the link to «Повторить чек», for a receipt in {@code error}
   * @param notDuplicate the link to «Это отдельный платёж», for a possible duplicate
   */
  record Row(boolean overdue, String number, String date, String amount, String payer, String buyerContact,
      String operationKind, String status, String statusWire, String receiptId, String checkedAt, String dueBy,
      String action, Optional<String> errorText, List<RowMarkView> marks, Optional<ReceiptFacts> receipt,
      Optional<String> reissue, Optional<String> notDuplicate) {
    /** The row of {@code row}, marked by {@code facts}, whose links keep the form's {@code input}. */
    static Row of(FormInput input, FillRow row, RowFacts facts) {
      Optional<String> wire = row.savedState().rawStatus().filter(text -> !text.isBlank());
      boolean error = wire.filter("error"::equals).isPresent();
      boolean inError = error && row.savedState().receiptId().isPresent();
      boolean success = wire.filter("success"::equals).isPresent();
      boolean possibleDuplicate = row.skipReasonCode().filter(ReasonCode.POSSIBLE_DUPLICATE::equals).isPresent();
      return new Row(row.overdue(), row.number(), Formats.dayAndTime(row.date()), Formats.amount(row.amount()),
          row.payerName().orElse(""), row.buyerContact().orElse(""), row.operationKind(),
          wire.map(Words::status).orElse(""), wire.orElse(""),
          ReceiptIds.text(row.savedState().receiptId(), ""),
          row.savedState().checkedAt().map(Formats::dayAndTime).orElse(""), Formats.day(row.dueBy()),
          Words.planned(row.action()) + row.skipReason().map(reason -> ": " + RussianReasons.text(reason)).orElse(""),
          error ? row.receiptDetails().flatMap(details -> details.errorMessage()).filter(text -> !text.isBlank())
              : Optional.empty(),
          RowMarkView.of(row, facts),
          success ? row.receiptDetails().flatMap(ReceiptFacts::of) : Optional.empty(),
          inError ? Optional.of(documentLink("/reissue", input, row)) : Optional.empty(),
          possibleDuplicate ? Optional.of(documentLink("/not-duplicate", input, row)) : Optional.empty());
    }

    private static String documentLink(String path, FormInput input, FillRow row) {
      Map<String, String> parameters = input.parameters();
      parameters.put("document", row.documentKey().toString());
      return Links.to(path, parameters);
    }
  }

  /** The table of {@code page}, read with {@code table}'s filters for the form's {@code input}, with no marks known. */
  static TableView of(FormInput input, TableInput table, FillPage page) {
    return of(input, table, page, RowFacts.none());
  }

  /**
   * The table of {@code page}, read with {@code table}'s filters for the form's {@code input}, marked by {@code
   * facts}.
   */
  static TableView of(FormInput input, TableInput table, FillPage page, RowFacts facts) {
    List<HiddenField> fields = new ArrayList<>(input.hiddenFields());
    fields.add(new HiddenField("fill", "1"));
    if (table.query().sort().isPresent()) {
      FillSort order = table.query().sort().get();
      fields.add(new HiddenField("sort", TableInput.name(order.column())));
      fields.add(new HiddenField("dir", order.descending() ? TableInput.DESCENDING : TableInput.ASCENDING));
    }
    List<Row> rows = page.rows().stream().map(row -> Row.of(input, row, facts)).toList();
    Optional<String> previous = Optional.of(page.page() - 1).filter(number -> number >= 1)
        .map(number -> pageLink(input, table, number));
    Optional<String> next = Optional.of(page.page() + 1).filter(number -> number <= page.pages())
        .map(number -> pageLink(input, table, number));
    Map<String, String> exported = input.parameters();
    exported.putAll(table.parameters(1));
    exported.remove("page");
    exported.remove("size");
    return new TableView(List.copyOf(fields), table.query().search().orElse(""), statuses(table), actions(table),
        marks(table), sizes(table), page, totals(page.totals()), headers(input, table), rows, previous, next,
        Links.to("/table.xlsx", exported), Links.to("/table.csv", exported), input.tableLink());
  }

  private static List<TotalLine> totals(FillTotals totals) {
    return List.of(TotalLine.of("total-period", "За период", totals.period()),
        TotalLine.of("total-sent", "С чеком", totals.sent()),
        TotalLine.of("total-skipped", "Пропущено", totals.skipped()),
        TotalLine.of("total-failed", "С ошибкой", totals.failed()),
        TotalLine.of("total-to-send", "К отправке", totals.toSend()));
  }

  private static List<TableHeader> headers(FormInput input, TableInput table) {
    Map<String, String> kept = input.parameters();
    kept.put("fill", "1");
    kept.putAll(table.filters());
    Optional<FillSort> current = table.query().sort();
    return List.of(TableHeader.sortable("Дата", FillSort.Column.DATE, current, kept),
        TableHeader.sortable("Номер", FillSort.Column.NUMBER, current, kept),
        TableHeader.sortable("Сумма", FillSort.Column.AMOUNT, current, kept),
        TableHeader.sortable("Плательщик", FillSort.Column.PAYER, current, kept),
        TableHeader.plain("Контакт покупателя", SECONDARY),
        TableHeader.plain("Вид операции", SECONDARY),
        TableHeader.sortable("Статус чека", FillSort.Column.STATUS, current, kept),
        TableHeader.plain("Номер чека", ""),
        TableHeader.plain("Дата проверки", SECONDARY),
        TableHeader.plain("Срок", ""),
        TableHeader.plain("Действие / причина", ""));
  }

  private static List<Choice> statuses(TableInput table) {
    String chosen = table.query().status().map(text -> text.isEmpty() ? TableInput.NO_STATUS : text).orElse("");
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of("", "все", chosen));
    choices.add(Choice.of(TableInput.NO_STATUS, "без статуса", chosen));
    STATUSES.forEach(status -> choices.add(Choice.of(status, Words.status(status), chosen)));
    if (!chosen.isEmpty() && !chosen.equals(TableInput.NO_STATUS) && !STATUSES.contains(chosen)) {
      choices.add(Choice.of(chosen, chosen, chosen));
    }
    return List.copyOf(choices);
  }

  private static List<Choice> actions(TableInput table) {
    String chosen = table.query().action().map(PlannedAction::name).orElse("");
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of("", "все", chosen));
    for (PlannedAction planned : PlannedAction.values()) {
      choices.add(Choice.of(planned.name(), Words.planned(planned), chosen));
    }
    return List.copyOf(choices);
  }

  private static List<Choice> marks(TableInput table) {
    String chosen = table.query().mark().map(RowMark::name).orElse("");
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of("", "все", chosen));
    for (RowMark mark : RowMark.values()) {
      choices.add(Choice.of(mark.name(), RowMarkView.label(mark), chosen));
    }
    return List.copyOf(choices);
  }

  private static List<Choice> sizes(TableInput table) {
    String chosen = Integer.toString(table.query().pageSize());
    List<Choice> choices = new ArrayList<>();
    SIZES.forEach(size -> choices.add(Choice.of(size, size, chosen)));
    if (!SIZES.contains(chosen)) {
      choices.add(Choice.of(chosen, chosen, chosen));
    }
    return List.copyOf(choices);
  }

  private static String pageLink(FormInput input, TableInput table, int page) {
    Map<String, String> parameters = new LinkedHashMap<>(input.parameters());
    parameters.put("fill", "1");
    parameters.putAll(table.parameters(page));
    return Links.to("/", parameters) + "#table";
  }
}
