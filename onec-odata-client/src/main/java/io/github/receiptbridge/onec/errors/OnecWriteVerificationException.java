package io.github.receiptbridge.onec.errors;

/**
 * 1C accepted a write but reading it back shows another value. 1C truncates, ignores or keeps values silently
 * instead of rejecting them, so every write is re-read.
 *
 * @since 0.1.0
 */
public final class OnecWriteVerificationException extends OnecException {
  private static final long serialVersionUID = 1L;

  /**
   * A write whose re-read differs.
   *
   * @param what the record written
   * @param expected the value sent
   * @param actual the value read back
   */
  public OnecWriteVerificationException(String what, String expected, String actual) {
    super("1C stored «" + actual + "» instead of «" + expected + "» for " + what
        + ". Check the property's value type in 1C (string, number, date)", null);
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
