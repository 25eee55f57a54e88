package io.github.receiptbridge.app.serve.web;

import static io.github.receiptbridge.app.serve.web.Html.esc;

/** The login form: one password field; the password is never shown back, not even after a wrong one. */
final class LoginPage {
  private LoginPage() {}

  /** The form's markup; {@code next} is where to go after the login, {@code failed} whether the last try failed. */
  static String body(Session session, String next, boolean failed) {
    return "<h1>Вход в консоль</h1>\n" + (failed ? "<p class=\"error\" id=\"error\">Неверный пароль.</p>\n" : "")
        + "<form method=\"post\" action=\"/login\" id=\"login\">" + Layout.csrfField(session)
        + "<input type=\"hidden\" name=\"next\" value=\"" + esc(next) + "\">"
        + "<label>Пароль <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\""
        + " required autofocus></label> <button type=\"submit\" id=\"enter\">Войти</button></form>\n";
  }

  /** {@code next} when it is a path of this console, otherwise {@code /}: a login never redirects elsewhere. */
  static String safeNext(String next) {
    boolean local = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
        && next.chars().noneMatch(c -> c < 0x20);
    return local ? next : "/";
  }
}
