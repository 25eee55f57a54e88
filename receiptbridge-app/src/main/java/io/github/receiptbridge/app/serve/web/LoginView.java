package io.github.receiptbridge.app.serve.web;

/**
 * The login form ({@code login.jte}): a password field, and a user name field when personal users are configured; the
 * password is never shown back, not even after a wrong one.
 *
 * @param frame the page's frame
 * @param csrfToken the visitor's CSRF token
 * @param next where to go after the login, a path of this console
 * @param attempt whether this is the first try, one after a wrong password, or one held back
 * @param askUser whether the form asks for the user name
 * @param waitSeconds how many seconds to wait before the next try, when {@link Attempt#HELD_BACK}
 */
record LoginView(Frame frame, String csrfToken, String next, Attempt attempt, boolean askUser, long waitSeconds) {
  /** Which try the form is shown for. */
  enum Attempt {
    /** The first: nothing to say yet. */
    FIRST,
    /** After a wrong password: «Неверный пароль.». */
    AFTER_WRONG_PASSWORD,
    /** After too many wrong passwords: «Слишком много попыток входа: повторите через N с.». */
    HELD_BACK
  }

  /** The password-only form for {@code session}, leading to {@code next} (made {@linkplain #safeNext safe}). */
  static LoginView of(Frame frame, Session session, String next, Attempt attempt) {
    return of(frame, session, next, attempt, false, 0);
  }

  /**
   * The form for {@code session}, leading to {@code next} (made {@linkplain #safeNext safe}) after the login.
   *
   * @param waitSeconds the seconds to wait, shown when {@code attempt} is {@link Attempt#HELD_BACK}
   */
  static LoginView of(Frame frame, Session session, String next, Attempt attempt, boolean askUser,
      long waitSeconds) {
    return new LoginView(frame, session.csrfToken(), safeNext(next), attempt, askUser, waitSeconds);
  }

  /** Whether the last try had a wrong password. */
  boolean wrongPassword() {
    return attempt == Attempt.AFTER_WRONG_PASSWORD;
  }

  /** Whether this try was refused unchecked, the address having given too many wrong passwords. */
  boolean heldBack() {
    return attempt == Attempt.HELD_BACK;
  }

  /** What the form says about the last try, empty for the first. */
  String problem() {
    return switch (attempt) {
      case FIRST -> "";
      case AFTER_WRONG_PASSWORD -> askUser ? "Неверное имя пользователя или пароль." : "Неверный пароль.";
      case HELD_BACK -> "Слишком много попыток входа: повторите через " + waitSeconds + " с.";
    };
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
