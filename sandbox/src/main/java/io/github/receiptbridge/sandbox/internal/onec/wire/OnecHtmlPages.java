package io.github.receiptbridge.sandbox.internal.onec.wire;

import java.nio.charset.StandardCharsets;

/**
 * The HTML pages a 1C web publication answers with instead of OData: the platform's "not found" page for paths
 * outside the service, its error page for crashes, and a login page (sent with 200, which clients must not take
 * for data). The markup is the sandbox's own; clients must only notice that it is HTML.
 */
public final class OnecHtmlPages {
  private OnecHtmlPages() {
  }

  /** "HTTP: Not found", as when the standard interface is not published for the path. */
  public static byte[] notFound() {
    return page("1C:Enterprise 8 application error", "HTTP: Not found");
  }

  /** A crash of the application server. */
  public static byte[] serverError() {
    return page("1C:Enterprise 8 application error",
        "Ошибка при выполнении операции с информационной базой by reason: Внутренняя ошибка сервера");
  }

  /** A login form, as a misconfigured publication sends instead of data. */
  public static byte[] loginPage() {
    return page("1С:Предприятие", "<form action=\"/e1cib/login\" method=\"post\">Введите имя пользователя и пароль"
        + "</form>");
  }

  /** The short page sent with 401. */
  public static byte[] unauthorized() {
    return page("401 Unauthorized", "Требуется аутентификация");
  }

  private static byte[] page(String title, String text) {
    return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<html><head><meta charset=\"utf-8\"><title>"
        + title + "</title></head>\n<body><h1>" + title + "</h1><p>" + text + "</p></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
