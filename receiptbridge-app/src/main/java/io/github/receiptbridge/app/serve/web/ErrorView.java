package io.github.receiptbridge.app.serve.web;

/**
 * An error page ({@code error.jte}): what happened, what to do, and the way back to the form.
 *
 * @param frame the page's frame
 * @param heading «Действие отклонено» for a refused action (403), else «Не получилось»
 * @param message what went wrong and what to do, in Russian
 */
record ErrorView(Frame frame, String heading, String message) {
  /** The page of an answer with {@code status} that says {@code message}. */
  static ErrorView of(Frame frame, int status, String message) {
    return new ErrorView(frame, status == 403 ? "Действие отклонено" : "Не получилось", message);
  }
}
