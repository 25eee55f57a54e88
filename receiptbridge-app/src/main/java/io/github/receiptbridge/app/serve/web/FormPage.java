package io.github.receiptbridge.app.serve.web;

import static io.github.receiptbridge.app.serve.web.Html.esc;

import io.github.receiptbridge.app.serve.OrganizationView;
import java.util.List;

/**
 * The «Регистрация чеков» form as the accountant knows it from 1C: organization, period, and the buttons
 * «Заполнить», «Приход», «Проверка статусов чеков» and «Аудит». The buttons that start a pass post the form with its
 * CSRF token; «Заполнить» posts it to {@code /fill}, which shows the table.
 */
final class FormPage {
  private FormPage() {}

  /**
   * The form's markup.
   *
   * @param organizations the organizations to choose from
   * @param input the chosen organization and period
   * @param session the session, for the CSRF token
   * @param messageHtml a notice above the table (already escaped markup), or empty
   * @param tableHtml the table (already escaped markup), or empty before «Заполнить»
   */
  static String body(List<OrganizationView> organizations, FormInput input, Session session, String messageHtml,
      String tableHtml) {
    StringBuilder html = new StringBuilder(4096 + tableHtml.length());
    html.append("<h1>Регистрация чеков</h1>\n<form method=\"post\" action=\"/passes\" id=\"form\" class=\"head\">")
        .append(Layout.csrfField(session))
        .append("<label>Организация <select name=\"org\" id=\"org\">");
    for (OrganizationView organization : organizations) {
      html.append("<option value=\"").append(esc(organization.key())).append('"')
          .append(organization.key().equals(input.organization().key()) ? " selected" : "").append('>')
          .append(esc(organization.name()));
      if (!organization.inn().isEmpty()) {
        html.append(", ИНН ").append(esc(organization.inn()));
      }
      html.append("</option>");
    }
    html.append("</select></label>\n<label>Период с <input type=\"date\" name=\"from\" id=\"from\" required value=\"")
        .append(esc(input.period().from())).append("\"></label>\n")
        .append("<label>по <input type=\"date\" name=\"to\" id=\"to\" required value=\"")
        .append(esc(input.period().to())).append("\"></label>\n<div class=\"buttons\">")
        .append("<button type=\"submit\" formaction=\"/fill\" id=\"fill\">Заполнить</button>")
        .append("<button type=\"submit\" name=\"kind\" value=\"REGISTER\" id=\"register\">Приход</button>")
        .append("<button type=\"submit\" name=\"kind\" value=\"STATUS\" id=\"status\">Проверка статусов чеков</button>")
        .append("<button type=\"submit\" name=\"kind\" value=\"AUDIT\" id=\"audit\">Аудит</button>")
        .append("</div></form>\n")
        .append(messageHtml)
        .append(tableHtml);
    return html.toString();
  }

  /** A notice: {@code text} (plain text) and, when not empty, a link. */
  static String notice(String cssClass, String text, String linkHref, String linkText) {
    String link = linkHref.isEmpty() ? "" : " <a href=\"" + esc(linkHref) + "\">" + esc(linkText) + "</a>";
    return "<p class=\"" + esc(cssClass) + "\" id=\"notice\">" + esc(text) + link + "</p>\n";
  }
}
