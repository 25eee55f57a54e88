package io.github.receiptbridge.app.serve.web;

import static io.github.receiptbridge.app.serve.web.Html.esc;

import io.github.receiptbridge.core.FillRow;

/**
 * The confirmation «Это отдельный платёж» asks for: the document, the payment it looks like, and a box the operator
 * ticks to say the bank statement shows two payments. The document is sent only with the box ticked.
 */
final class NotDuplicatePage {
  /** The form field that says the operator confirmed. */
  static final String CONFIRMED_FIELD = "confirmed";

  private NotDuplicatePage() {}

  /** The page's markup for {@code row}, a possible duplicate. */
  static String body(FormInput input, FillRow row, Session session) {
    StringBuilder html = new StringBuilder(2048);
    html.append("<h1>Отдельный платёж</h1>\n<p>Документ № ").append(esc(row.number())).append(" от ")
        .append(esc(Html.dayAndTime(row.date()))).append(" на сумму ").append(esc(Html.amount(row.amount())))
        .append(", плательщик ").append(esc(row.payerName().orElse("не указан")))
        .append(row.incomingNumber().map(number -> ", платёжное поручение № " + esc(number)).orElse(""))
        .append(".</p>\n<div class=\"warning\" id=\"warning\"><p><strong>Чек не отправлен: документ похож на ")
        .append("другой, по которому чек уже есть.</strong></p><p>").append(esc(row.skipReason().orElse("")))
        .append("</p><p>Так бывает, когда выписку банка удалили и загрузили заново: тогда второй чек пробьёт ")
        .append("одну оплату дважды. Отправляйте, только если по выписке банка это два разных платежа.</p></div>\n")
        .append("<form method=\"post\" action=\"/not-duplicate\" id=\"not-duplicate-form\">")
        .append(Layout.documentFormFields(session, input, row.documentKey()))
        .append("<p><label><input type=\"checkbox\" name=\"").append(CONFIRMED_FIELD)
        .append("\" value=\"yes\" id=\"confirmed\" required> По выписке банка это отдельный платёж</label></p>")
        .append("<p><button type=\"submit\" id=\"send-not-duplicate\">Отправить чек</button> <a href=\"")
        .append(esc(input.tableLink())).append("\">Отмена</a></p></form>\n");
    return html.toString();
  }
}
