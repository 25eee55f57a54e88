package io.github.receiptbridge.sandbox.internal.schetmash.php;

/**
 * Raised where the real PHP server would hit a notice, warning or fatal error. The error handler of the
 * real server turns every one of them into an HTML 500 page, so the dispatcher does the same and the
 * request leaves no trace in the state.
 */
public final class PhpCrashException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param reason what PHP would have complained about (for logs only; never sent to the client)
   */
  public PhpCrashException(String reason) {
    super(reason, null, false, false);
  }
}
