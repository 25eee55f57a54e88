package io.github.receiptbridge.app.serve.web;

/**
 * The login form ({@code login.jte}): one password field; the password is never shown back, not even after a wrong
 * one.
 *
 * @param frame the page's frame
 * @param csrfToken the session's CSRF token
 * @param next where to go after the login, a path of this console
 * @param attempt whether this is the first try or one after a wrong password
 */
record LoginView(Frame frame, String csrfToken, String next, Attempt attempt) {
  /** Which try the form is shown for. */
  enum Attempt {
    /** The first: nothing to say yet. */
    FIRST,
    /** After a wrong password: «Неверный пароль.». */
    AFTER_WRONG_PASSWORD
  }

  /** The form for {@code session}, leading to {@code next} (made {@linkplain #safeNext safe}) after the login. */
  static LoginView of(Frame frame, Session session, String next, Attempt attempt) {
    return new LoginView(frame, session.csrfToken(), safeNext(next), attempt);
  }

  /** Whether the last try had a wrong password. */
  boolean wrongPassword() {
    return attempt == Attempt.AFTER_WRONG_PASSWORD;
  }

  /** {@code next} when it is a path of this console, otherwise {@code /}: a login never redirects elsewhere. */
  static String safeNext(String next) {
    boolean local = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
        && next.chars().noneMatch(c -> c < 0x20);
    return local ? next : "/";
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "LoginView[next=" + next + ", " + attempt + "]";
  }
}
