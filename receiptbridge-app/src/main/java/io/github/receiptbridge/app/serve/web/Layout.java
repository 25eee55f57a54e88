package io.github.receiptbridge.app.serve.web;

import static io.github.receiptbridge.app.serve.web.Html.esc;

import org.jspecify.annotations.Nullable;

/** The frame of every page: head, navigation, and the logout button when a password is set. */
final class Layout {
  private final boolean loginUsed;

  Layout(boolean loginUsed) {
    this.loginUsed = loginUsed;
  }

  /**
   * A whole page.
   *
   * @param title the page title, plain text
   * @param session the session, for the logout form's CSRF token; null on pages shown before a login
   * @param body the page's markup, every value in it already escaped
   */
  String page(String title, @Nullable Session session, String body) {
    StringBuilder html = new StringBuilder(body.length() + 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append(" — Receipt Bridge</title>")
        .append("<link rel=\"stylesheet\" href=\"/assets/console.css\">")
        .append("<script src=\"/assets/console.js\" defer></script></head><body>\n<header><nav>")
        .append("<a href=\"/\">Регистрация чеков</a> <a href=\"/history\">История</a>");
    if (loginUsed && session != null && session.authenticated()) {
      html.append("<form method=\"post\" action=\"/logout\" class=\"logout\">").append(csrfField(session))
          .append("<span class=\"who\">").append(esc(session.label())).append("</span> ")
          .append("<button type=\"submit\">Выйти</button></form>");
    }
    html.append("</nav></header>\n<main>\n").append(body).append("\n</main></body></html>\n");
    return html.toString();
  }

  /** The hidden field that carries the session's CSRF token in a form. */
  static String csrfField(Session session) {
    return "<input type=\"hidden\" name=\"" + Guard.CSRF_FIELD + "\" value=\"" + esc(session.csrfToken()) + "\">";
  }

  /**
   * The hidden fields of a confirmation form about one document: the CSRF token, the form's organization and period
   * (so the table can be shown again), and the document's key.
   */
  static String documentFormFields(Session session, FormInput input, Object documentKey) {
    StringBuilder html = new StringBuilder(csrfField(session));
    input.parameters().forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(esc(name))
        .append("\" value=\"").append(esc(value)).append("\">"));
    return html.append("<input type=\"hidden\" name=\"document\" value=\"").append(esc(documentKey)).append("\">")
        .toString();
  }

  /** An error page's body: {@code message} and a way back. */
  static String errorBody(int status, String message) {
    return "<h1>" + (status == 403 ? "Действие отклонено" : "Не получилось") + "</h1><p class=\"error\" id=\"error\">"
        + esc(message) + "</p><p><a href=\"/\">К форме «Регистрация чеков»</a></p>";
  }
}
