package io.github.receiptbridge.core;

/**
 * The ledger (1C) is not ready for a run, or the organization is unknown. Raised before anything is sent; the message
 * lists each problem and what to do.
 *
 * @since 0.1.0
 */
public final class SetupException extends RegistrationException {
  private static final long serialVersionUID = 1L;

  /**
   * A setup problem described in plain words.
   *
   * @param message each problem and what to do about it
   */
  public SetupException(String message) {
    super(message, null);
  }

  /** Never: the ledger or the organization must be fixed first. */
  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
