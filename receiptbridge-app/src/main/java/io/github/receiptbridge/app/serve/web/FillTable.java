package io.github.receiptbridge.app.serve.web;

import static io.github.receiptbridge.app.serve.web.Html.esc;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.app.serve.FillPage;
import java.util.List;
import java.util.Map;

/**
 * The «Заполнить» table: one row per document, as the old 1C form showed it, with the filters above it and the pages
 * below. Overdue rows are highlighted; a row whose receipt is in {@code error} offers «Повторить чек», a possible
 * duplicate «Это отдельный платёж».
 */
final class FillTable {
  private static final List<String> STATUSES = List.of("accept", "processing", "success", "error");
  private static final List<String> SIZES = List.of("50", "100", "500", "1000");

  private FillTable() {}

  /** The table's markup for {@code page}, read with {@code table} for {@code input}. */
  static String render(FormInput input, TableInput table, FillPage page) {
    StringBuilder html = new StringBuilder(2048 + page.rows().size() * 700);
    html.append("<section id=\"table\">\n");
    filters(html, input, table);
    html.append("<p class=\"counts\" id=\"counts\">Документов за период: ").append(page.total())
        .append("; по отбору: ").append(page.matching()).append("; страница ").append(page.page()).append(" из ")
        .append(page.pages()).append("</p>\n<table class=\"fill\"><thead><tr><th>Дата</th><th>Номер</th>")
        .append("<th>Сумма</th><th>Плательщик</th><th>Контакт покупателя</th><th>Вид операции</th>")
        .append("<th>Статус чека</th><th>Номер чека</th><th>Дата проверки</th><th>Срок</th>")
        .append("<th>Действие / причина</th></tr></thead>\n<tbody>\n");
    for (FillRow row : page.rows()) {
      row(html, input, row);
    }
    if (page.rows().isEmpty()) {
      html.append("<tr><td colspan=\"11\" class=\"empty\">Нет документов по отбору.</td></tr>\n");
    }
    html.append("</tbody></table>\n");
    pages(html, input, table, page);
    html.append("</section>\n");
    return html.toString();
  }

  private static void row(StringBuilder html, FormInput input, FillRow row) {
    html.append("<tr").append(row.overdue() ? " class=\"overdue\"" : "").append(" data-number=\"")
        .append(esc(row.number())).append("\"><td>").append(esc(Html.dayAndTime(row.date()))).append("</td><td>")
        .append(esc(row.number())).append("</td><td class=\"amount\">").append(esc(Html.amount(row.amount())))
        .append("</td><td>").append(esc(row.payerName().orElse(""))).append("</td><td>")
        .append(esc(row.buyerContact().orElse(""))).append("</td><td>").append(esc(row.operationKind()))
        .append("</td><td class=\"status\">").append(esc(row.savedState().rawStatus().orElse("")))
        .append("</td><td>").append(esc(row.savedState().receiptId().map(String::valueOf).orElse("")))
        .append("</td><td>").append(esc(row.savedState().checkedAt().map(Html::dayAndTime).orElse("")))
        .append("</td><td>").append(esc(Html.day(row.dueBy()))).append("</td><td class=\"action\">")
        .append(esc(Words.planned(row.action())));
    row.skipReason().ifPresent(reason -> html.append(": ").append(esc(reason)));
    if (row.overdue()) {
      html.append("<br><span class=\"late\">просрочен: чек был нужен до ").append(esc(Html.day(row.dueBy())))
          .append("</span>");
    }
    if (row.savedState().rawStatus().filter("error"::equals).isPresent()
        && row.savedState().receiptId().isPresent()) {
      Map<String, String> parameters = input.parameters();
      parameters.put("document", row.documentKey().toString());
      html.append("<br><a class=\"button reissue\" href=\"/reissue").append(esc(Html.query(parameters)))
          .append("\">Повторить чек</a>");
    }
    if (row.skipReasonCode().filter(ReasonCode.POSSIBLE_DUPLICATE::equals).isPresent()) {
      Map<String, String> parameters = input.parameters();
      parameters.put("document", row.documentKey().toString());
      html.append("<br><a class=\"button not-duplicate\" href=\"/not-duplicate")
          .append(esc(Html.query(parameters))).append("\">Это отдельный платёж</a>");
    }
    html.append("</td></tr>\n");
  }

  private static void filters(StringBuilder html, FormInput input, TableInput table) {
    html.append("<form method=\"get\" action=\"/\" class=\"filters\" id=\"filters\">");
    input.parameters().forEach((name, value) -> hidden(html, name, value));
    hidden(html, "fill", "1");
    String status = table.query().status().map(text -> text.isEmpty() ? TableInput.NO_STATUS : text).orElse("");
    html.append("<label>Статус чека <select name=\"status\" id=\"filter-status\">");
    option(html, "", "все", status);
    option(html, TableInput.NO_STATUS, "без статуса", status);
    for (String known : STATUSES) {
      option(html, known, known, status);
    }
    if (!status.isEmpty() && !status.equals(TableInput.NO_STATUS) && !STATUSES.contains(status)) {
      option(html, status, status, status);
    }
    String action = table.query().action().map(PlannedAction::name).orElse("");
    html.append("</select></label> <label>Действие <select name=\"action\" id=\"filter-action\">");
    option(html, "", "все", action);
    for (PlannedAction planned : PlannedAction.values()) {
      option(html, planned.name(), Words.planned(planned), action);
    }
    String size = Integer.toString(table.query().pageSize());
    html.append("</select></label> <label>Строк на странице <select name=\"size\" id=\"filter-size\">");
    for (String choice : SIZES) {
      option(html, choice, choice, size);
    }
    if (!SIZES.contains(size)) {
      option(html, size, size, size);
    }
    html.append("</select></label> <button type=\"submit\" id=\"show\">Показать</button></form>\n");
  }

  private static void pages(StringBuilder html, FormInput input, TableInput table, FillPage page) {
    html.append("<nav class=\"pages\" id=\"pages\">");
    if (page.page() > 1) {
      html.append("<a id=\"previous\" href=\"").append(esc(link(input, table, page.page() - 1)))
          .append("\">‹ Назад</a> ");
    }
    html.append("<span>страница ").append(page.page()).append(" из ").append(page.pages()).append("</span>");
    if (page.page() < page.pages()) {
      html.append(" <a id=\"next\" href=\"").append(esc(link(input, table, page.page() + 1)))
          .append("\">Вперёд ›</a>");
    }
    html.append("</nav>\n");
  }

  private static String link(FormInput input, TableInput table, int page) {
    Map<String, String> parameters = input.parameters();
    parameters.put("fill", "1");
    parameters.putAll(table.parameters(page));
    return "/" + Html.query(parameters) + "#table";
  }

  private static void hidden(StringBuilder html, String name, String value) {
    html.append("<input type=\"hidden\" name=\"").append(esc(name)).append("\" value=\"").append(esc(value))
        .append("\">");
  }

  private static void option(StringBuilder html, String value, String text, String selected) {
    html.append("<option value=\"").append(esc(value)).append('"').append(value.equals(selected) ? " selected" : "")
        .append('>').append(esc(text)).append("</option>");
  }
}
