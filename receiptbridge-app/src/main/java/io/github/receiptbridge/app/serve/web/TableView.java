package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.FillPage;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The «Заполнить» table ({@code fillTable.jte}): one row per document, as the old 1C form showed it, with the filters
 * above it and the pages below. Overdue rows are highlighted; a row whose receipt is in {@code error} offers «Повторить
 * чек», a possible duplicate «Это отдельный платёж».
 *
 * @param filterFields the hidden fields that keep the organization and period when the filters are applied
 * @param statuses the choices of «Статус чека»
 * @param actions the choices of «Действие»
 * @param sizes the choices of «Строк на странице»
 * @param counts how many documents there are, match, and which page this is
 * @param rows the rows of this page
 * @param previous the link to the previous page, if any
 * @param next the link to the next page, if any
 */
record TableView(List<HiddenField> filterFields, List<Choice> statuses, List<Choice> actions, List<Choice> sizes,
    FillPage counts, List<Row> rows, Optional<String> previous, Optional<String> next) {
  private static final List<String> STATUSES = List.of("accept", "processing", "success", "error");
  private static final List<String> SIZES = List.of("50", "100", "500", "1000");

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
   * @param status its receipt's saved status, empty when none
   * @param receiptId its receipt's number, empty when none
   * @param checkedAt when the status was last checked, empty when never
   * @param dueBy the day its receipt is due
   * @param action what «Приход» will do with it, with the reason of a skip
   * @param reissue the link to «Повторить чек», for a receipt in {@code error}
   * @param notDuplicate the link to «Это отдельный платёж», for a possible duplicate
   */
  record Row(boolean overdue, String number, String date, String amount, String payer, String buyerContact,
      String operationKind, String status, String receiptId, String checkedAt, String dueBy, String action,
      Optional<String> reissue, Optional<String> notDuplicate) {
    /** The row of {@code row}, whose links keep the form's {@code input}. */
    static Row of(FormInput input, FillRow row) {
      boolean inError = row.savedState().rawStatus().filter("error"::equals).isPresent()
          && row.savedState().receiptId().isPresent();
      boolean possibleDuplicate = row.skipReasonCode().filter(ReasonCode.POSSIBLE_DUPLICATE::equals).isPresent();
      return new Row(row.overdue(), row.number(), Formats.dayAndTime(row.date()), Formats.amount(row.amount()),
          row.payerName().orElse(""), row.buyerContact().orElse(""), row.operationKind(),
          row.savedState().rawStatus().orElse(""), row.savedState().receiptId().map(String::valueOf).orElse(""),
          row.savedState().checkedAt().map(Formats::dayAndTime).orElse(""), Formats.day(row.dueBy()),
          Words.planned(row.action()) + row.skipReason().map(reason -> ": " + RussianReasons.text(reason)).orElse(""),
          inError ? Optional.of(documentLink("/reissue", input, row)) : Optional.empty(),
          possibleDuplicate ? Optional.of(documentLink("/not-duplicate", input, row)) : Optional.empty());
    }

    private static String documentLink(String path, FormInput input, FillRow row) {
      Map<String, String> parameters = input.parameters();
      parameters.put("document", row.documentKey().toString());
      return Links.to(path, parameters);
    }
  }

  /** The table of {@code page}, read with {@code table}'s filters for the form's {@code input}. */
  static TableView of(FormInput input, TableInput table, FillPage page) {
    List<HiddenField> fields = new ArrayList<>(input.hiddenFields());
    fields.add(new HiddenField("fill", "1"));
    List<Row> rows = page.rows().stream().map(row -> Row.of(input, row)).toList();
    Optional<String> previous = Optional.of(page.page() - 1).filter(number -> number >= 1)
        .map(number -> pageLink(input, table, number));
    Optional<String> next = Optional.of(page.page() + 1).filter(number -> number <= page.pages())
        .map(number -> pageLink(input, table, number));
    return new TableView(List.copyOf(fields), statuses(table), actions(table), sizes(table), page, rows, previous,
        next);
  }

  private static List<Choice> statuses(TableInput table) {
    String chosen = table.query().status().map(text -> text.isEmpty() ? TableInput.NO_STATUS : text).orElse("");
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of("", "все", chosen));
    choices.add(Choice.of(TableInput.NO_STATUS, "без статуса", chosen));
    STATUSES.forEach(status -> choices.add(Choice.of(status, status, chosen)));
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
    Map<String, String> parameters = input.parameters();
    parameters.put("fill", "1");
    parameters.putAll(table.parameters(page));
    return Links.to("/", parameters) + "#table";
  }
}
