package io.github.receiptbridge.sandbox.internal.schetmash.wire;

import java.nio.charset.StandardCharsets;

/**
 * The HTML pages the framework renders instead of JSON: the not-found page for paths that match no route
 * and the error page for PHP notices, warnings and fatal errors ({@code debug} is off, so no details).
 * The markup is the sandbox's own; clients must only notice that it is HTML, not JSON.
 */
final class SchetmashHtmlPages {
  /** Content type PHP's {@code HtmlResponse} sends. */
  public static final String CONTENT_TYPE = "text/html; charset=utf-8";

  private static final byte[] NOT_FOUND = page("404 Not Found", "Страница не найдена!", "404",
      "Запрошенная страница не существует.");
  private static final byte[] SERVER_ERROR = page("500 Internal Server Error", "Произошла ошибка!", "500",
      "Во время обработки запроса произошла внутренняя ошибка сервера.");

  private SchetmashHtmlPages() {
  }

  /** The body of the 404 page. */
  public static byte[] notFound() {
    return NOT_FOUND.clone();
  }

  /** The body of the 500 page. */
  public static byte[] serverError() {
    return SERVER_ERROR.clone();
  }

  private static byte[] page(String title, String heading, String number, String text) {
    String html = "<!DOCTYPE html>\n"
        + "<html>\n"
        + "<head>\n"
        + "    <meta charset=\"utf-8\">\n"
        + "    <title>" + title + " - Счетмаш онлайн</title>\n"
        + "</head>\n"
        + "<body>\n"
        + "<section class=\"error-block\">\n"
        + "    <div class=\"error-block__inner inner\">\n"
        + "        <h1 class=\"error-block__not-found\">" + heading + "</h1>\n"
        + "        <p class=\"error-block__number\">" + number + "</p>\n"
        + "        <p class=\"error-block__text\">" + text + "</p>\n"
        + "    </div>\n"
        + "</section>\n"
        + "</body>\n"
        + "</html>\n";
    return html.getBytes(StandardCharsets.UTF_8);
  }
}
