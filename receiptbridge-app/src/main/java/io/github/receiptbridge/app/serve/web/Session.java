package io.github.receiptbridge.app.serve.web;

import java.time.Instant;

/**
 * One browser's session.
 *
 * @param id the secret cookie value; never shown or logged
 * @param label who the session is in logs and history, such as {@code сеанс 3 (127.0.0.1)}; holds no secret
 * @param csrfToken the token every form of this session carries and every POST must return
 * @param access whether the session may use the console, or must log in first
 * @param lastSeen when it was last used
 */
record Session(String id, String label, String csrfToken, Access access, Instant lastSeen) {
  /** Whether a session may use the console. */
  enum Access {
    /** It may: it logged in, or no password is needed. */
    GRANTED,
    /** It must log in first. */
    LOGIN_NEEDED
  }

  /** Whether the session may use the console (logged in, or no password is needed). */
  boolean authenticated() {
    return access == Access.GRANTED;
  }

  /** This session, used at {@code now}. */
  Session seenAt(Instant now) {
    return new Session(id, label, csrfToken, access, now);
  }

  /** Never shows the id or the token. */
  @Override
  public String toString() {
    return "Session[" + label + ", " + access + "]";
  }
}
