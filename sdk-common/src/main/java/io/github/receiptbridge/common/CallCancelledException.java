package io.github.receiptbridge.common;

import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * A call of the Счетмаш or the 1C client was cancelled because the calling thread was interrupted ({@link
 * Thread#interrupt()}, {@code Future.cancel(true)}, {@code ExecutorService.shutdownNow()}): before it was sent, while
 * it was in flight, or while it waited to be repeated. Whether the service received a call cut short in flight is
 * unknown; the message says which call it was and, for a Счетмаш registration, that sending the same {@code
 * external_id} again is safe (the service answers a repeat with the first receipt's id). The thread's interrupt flag
 * stays set, and nothing is repeated after an interrupt.
 *
 * <p>It is neither a {@code SchetmashException} nor an {@code OnecException}: the service did not fail, the caller
 * asked to stop, so a {@code catch} of a client's failures does not swallow the cancellation. It is a {@link
 * CancellationException}, the JDK's type for cancelled work, so that code which handles cancellation in general
 * (and the registration workflow, which stops its pass on it) recognises it without knowing the clients.
 *
 * @since 0.1.0
 */
public final class CallCancelledException extends CancellationException {
  private static final long serialVersionUID = 1L;

  /**
   * A cancelled call.
   *
   * @param message which call was cancelled, when, and whether repeating it is safe
   * @param cause what reported the interrupt ({@link java.io.InterruptedIOException}, {@link InterruptedException}),
   *     or the cancellation of the call inside this one
   */
  public CallCancelledException(String message, @Nullable Throwable cause) {
    super(message);
    if (cause != null) {
      initCause(cause);
    }
  }
}
