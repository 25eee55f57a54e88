package io.github.receiptbridge.app.serve.web;

import static io.github.receiptbridge.app.serve.web.Html.esc;

import io.github.receiptbridge.core.FillRow;

/**
 * The confirmation «Повторить чек» asks for: what the Счетмаш cabinet must show first, and a box the operator ticks
 * to say it does. The re-issue is posted only with the box ticked.
 */
final class ReissuePage {
  /** The form field that says the operator confirmed. */
  static final String CONFIRMED_FIELD = "confirmed";

  private ReissuePage() {}

  /** The page's markup for {@code row}, whose receipt is in {@code error}. */
  static String body(FormInput input, FillRow row, long receiptId, Session session) {
    StringBuilder html = new StringBuilder(2048);
    html.append("<h1>Повторить чек</h1>\n<p>Документ № ").append(esc(row.number())).append(" от ")
        .append(esc(Html.dayAndTime(row.date()))).append(" на сумму ").append(esc(Html.amount(row.amount())))
        .append(", плательщик ").append(esc(row.payerName().orElse("не указан"))).append(". Чек № ")
        .append(receiptId).append(" в статусе <strong>error</strong>.</p>\n")
        .append("<div class=\"warning\" id=\"warning\"><p><strong>Сначала откройте кабинет Счетмаш")
        .append(" (online.schetmash.com) и убедитесь, что чек № ").append(receiptId)
        .append(" окончательно отклонён.</strong></p><p>Статус error не всегда окончательный: повторённая ошибка")
        .append(" кассы ещё может стать success, а при сбое уведомления error показывается и для уже")
        .append(" фискализированного чека. Если чек на самом деле пробит, повторный чек фискализирует оплату")
        .append(" дважды.</p></div>\n<form method=\"post\" action=\"/reissue\" id=\"reissue-form\">")
        .append(Layout.documentFormFields(session, input, row.documentKey()))
        .append("<p><label><input type=\"checkbox\" name=\"").append(CONFIRMED_FIELD)
        .append("\" value=\"yes\" id=\"confirmed\" required> В кабинете Счетмаш чек № ").append(receiptId)
        .append(" окончательно отклонён</label></p>")
        .append("<p><button type=\"submit\" id=\"reissue\">Повторить чек</button> <a href=\"")
        .append(esc(input.tableLink())).append("\">Отмена</a></p></form>\n");
    return html.toString();
  }
}
