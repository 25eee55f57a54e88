package io.github.receiptbridge.schetmash.errors;

import java.io.IOException;

/**
 * The request did not get an answer: connection refused or reset, timeout, TLS failure. For a registration, use
 * {@link SchetmashOutcomeUnknownException} instead: the receipt may or may not have been stored.
 *
 * @since 0.1.0
 */
public final class SchetmashTransportException extends SchetmashException {
  private static final long serialVersionUID = 1L;

  /**
   * A transport failure.
   *
   * @param call the method and path of the call, with the token redacted
   * @param cause the I/O failure, such as a timeout or a refused connection
   */
  public SchetmashTransportException(String call, IOException cause) {
    super(call + " failed: " + cause.getClass().getSimpleName() + describe(cause) + ". Repeating it is safe", cause);
  }

  private static String describe(IOException cause) {
    return cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
  }

  @Override
  public boolean isRetrySafe() {
    return true;
  }
}
