package io.github.receiptbridge.onec.errors;

import java.io.IOException;

/**
 * The request got no answer: connection refused or reset, timeout. A read is safe to repeat; for a write the
 * outcome is unknown, so re-read before deciding (the client's upsert does).
 *
 * @since 0.1.0
 */
public final class OnecTransportException extends OnecException {
  private static final long serialVersionUID = 1L;

  /**
   * A transport failure.
   *
   * @param call method and decoded path of the request
   * @param cause the I/O failure, such as a timeout or a refused connection
   */
  public OnecTransportException(String call, IOException cause) {
    super(call + " failed: " + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")
        + ". Check ONEC_ODATA_URL and that the 1C web server is up; a cold 1C can take 30 s to answer", cause);
  }

  @Override
  public boolean isRetrySafe() {
    return true;
  }
}
