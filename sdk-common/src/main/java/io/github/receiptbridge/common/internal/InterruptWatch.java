package io.github.receiptbridge.common.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;
import org.jspecify.annotations.Nullable;

/**
 * Makes an interrupt reach a call in flight. A thread blocked reading a socket does not see {@link Thread#interrupt()}
 * (OkHttp notices it only at its next read or write, so a slow answer would be waited for until it comes or the read
 * timeout passes); so while calls are in flight one daemon thread, {@value #THREAD_NAME}, looks every {@value
 * #POLL_MILLIS} ms whether the thread of each is interrupted and cancels that call, which closes its connection and
 * ends the blocked read at once. The thread ends when no call has been in flight for a second and starts again with
 * the next call.
 */
final class InterruptWatch {
  static final String THREAD_NAME = "receiptbridge-interrupt-watch";
  static final long POLL_MILLIS = 10;
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private static final Map<Call, Thread> IN_FLIGHT = new ConcurrentHashMap<>();
  private static final Object LOCK = new Object();
  private static @Nullable Thread watcher;

  private InterruptWatch() {}

  /**
   * Work that sends a call and reads its answer. OkHttp throws an {@link InterruptedException} as it is (undeclared)
   * when the thread is interrupted while it connects, so the work declares it.
   */
  @FunctionalInterface
  interface Exchange<T> {
    T run() throws IOException, InterruptedException;
  }

  /** What {@code exchange} returns, with {@code call} cancelled once the current thread is interrupted. */
  static <T> T watching(Call call, Exchange<T> exchange) throws IOException, InterruptedException {
    IN_FLIGHT.put(call, Thread.currentThread());
    ensureWatching();
    try {
      return exchange.run();
    } finally {
      IN_FLIGHT.remove(call);
    }
  }

  private static void ensureWatching() {
    synchronized (LOCK) {
      if (watcher == null) {
        Thread thread = new Thread(InterruptWatch::watch, THREAD_NAME);
        thread.setDaemon(true);
        watcher = thread;
        thread.start();
      }
    }
  }

  private static void watch() {
    long idleSince = System.nanoTime();
    while (true) {
      IN_FLIGHT.forEach((call, thread) -> {
        if (thread.isInterrupted() && !call.isCanceled()) {
          call.cancel();
        }
      });
      if (!IN_FLIGHT.isEmpty()) {
        idleSince = System.nanoTime();
      } else if (System.nanoTime() - idleSince > IDLE_NANOS) {
        synchronized (LOCK) {
          if (IN_FLIGHT.isEmpty()) { // a call registered after this check starts a new watcher
            watcher = null;
            return;
          }
        }
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
    }
  }
}
