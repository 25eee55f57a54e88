package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * How a pass takes an interrupt: as its cancellation, never as a failure of a document. On the thread running the
 * pass, an interrupt is taken off the thread (so the documents in flight finish undisturbed, as after a stop signal),
 * cancels the pass, and is set again when the pass ends. A call of a port cut short by an interrupt (the clients'
 * {@code CallCancelledException}, any {@link CancellationException} or {@link InterruptedException}) cancels the pass
 * too, on whatever thread it ran. A ledger write of work begun is {@link #shielded} from interrupts.
 */
public final class Interrupts {
  /** How often a ledger write cut short by interrupts is begun again before it counts as failed. */
  static final int SHIELDED_ATTEMPTS = 3;
  private static final int CAUSES_LOOKED_AT = 8;

  private final RunLedger book;
  private boolean taken;

  /** The interrupts of the pass {@code book} keeps; used by the thread running the pass only. */
  Interrupts(RunLedger book) {
    this.book = book;
  }

  /**
   * Whether {@code failure} is a call cancelled by an interrupt: a {@link CancellationException} or an {@link
   * InterruptedException}, itself or among its first causes. Not the thread's flag: a failure that came back from
   * another thread, or after a write was shielded, is judged by what it is.
   */
  public static boolean isCancellation(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < CAUSES_LOOKED_AT; depth++, cause = cause.getCause()) {
      if (cause instanceof CancellationException || cause instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }

  /**
   * On the thread running the pass: whether the pass was cancelled by an interrupt of it; an interrupt found on the
   * thread now is taken off it and cancels the pass.
   */
  boolean interrupted() {
    if (Thread.interrupted()) {
      take(new CancellationException("the thread running the pass was interrupted"));
    }
    return taken;
  }

  /**
   * On the thread running the pass: {@code why} reported an interrupt of it (an {@link InterruptedException}, a call
   * it made cancelled); the flag is taken off until the pass ends, and the pass is cancelled.
   */
  void take(Throwable why) {
    Thread.interrupted();
    taken = true;
    book.cancel(why);
  }

  /**
   * On the thread running the pass: {@code failure} ended the work on one document. An interrupt cancels the pass; a
   * failure every following document would share stops it; any other is the document's own.
   */
  void documentFailed(RuntimeException failure, long index, FillRow row) {
    if (isCancellation(failure)) {
      take(failure);
      return;
    }
    book.abortIfFatal(failure);
    if (!book.aborted()) {
      book.fail(index, row, failure, "");
    }
  }

  /** Sets the thread's interrupt flag again if the pass took it off: the call ends interrupted, as it was asked. */
  void restore() {
    if (taken) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The result of {@code write}, a ledger write of work begun (with the reads it needs), done to its end whatever
   * interrupts come: the thread's flag is taken off while it runs, and when an interrupt still cuts it short it is
   * begun again (the ledger's writes are upserts of the same values), up to {@value #SHIELDED_ATTEMPTS} times in all.
   * A write interrupted that often fails as an {@link IllegalStateException}, which the document's outcome records
   * and the next run completes. An interrupt seen cancels the pass, and the flag is set again at the end.
   */
  static <T> T shielded(RunLedger book, Supplier<T> write) {
    boolean interrupted = Thread.interrupted();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return write.get();
        } catch (RuntimeException failure) {
          if (!isCancellation(failure)) {
            throw failure;
          }
          interrupted = true;
          Thread.interrupted();
          if (attempt >= SHIELDED_ATTEMPTS) {
            IllegalStateException cutShort = new IllegalStateException("The ledger write was cut short by an "
                + "interrupt " + attempt + " times");
            cutShort.addSuppressed(failure);
            throw cutShort;
          }
        }
      }
    } finally {
      if (interrupted) {
        book.cancel(new CancellationException("a thread of the pass was interrupted while writing to the ledger"));
        Thread.currentThread().interrupt();
      }
    }
  }

  /** As {@link #shielded(RunLedger, Supplier)}, for a write without a result. */
  static void shielded(RunLedger book, Runnable write) {
    shielded(book, () -> {
      write.run();
      return Boolean.TRUE;
    });
  }
}
