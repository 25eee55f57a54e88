package io.github.receiptbridge.app.serve.web;

import java.util.Optional;

/**
 * The frame of every page ({@code layout.jte}): the title, and the logout form when someone logged in, which says who:
 * the personal user's name, or the session's number and address.
 *
 * @param title the page's title
 * @param logout the logout form, shown when a password is set and the session has logged in
 */
record Frame(String title, Optional<LogoutForm> logout) {
  /**
   * The logout form of a session.
   *
   * @param label who the session is, such as {@code иванова (сеанс 3, 127.0.0.1)} for a personal user or
   *     {@code сеанс 3 (127.0.0.1)} with the one password
   * @param csrfToken the session's CSRF token
   */
  record LogoutForm(String label, String csrfToken) {
    /** Never shows the token. */
    @Override
    public String toString() {
      return "LogoutForm[" + label + "]";
    }
  }

  /** The frame titled {@code title} for {@code session} (none before a session exists) under {@code policy}. */
  static Frame of(String title, Optional<Session> session, AccessPolicy policy) {
    Optional<LogoutForm> logout = session.filter(current -> policy.passwordRequired() && current.authenticated())
        .map(current -> new LogoutForm(current.label(), current.csrfToken()));
    return new Frame(title, logout);
  }
}
