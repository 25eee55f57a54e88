package io.github.receiptbridge.app.serve;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * When {@code serve} is asked to stop, and how it reports that it has. In the app: SIGTERM (or Ctrl+C), through a JVM
 * shutdown hook that waits for the graceful stop and then ends the process with its exit code (0 when every pass
 * finished its started documents), not the JVM's 143. In tests: a latch.
 */
interface StopSignal {
  /** Blocks until a stop is asked for. */
  void await() throws InterruptedException;

  /** The service has stopped; the process may end with {@code exitCode}. */
  void stopped(int exitCode);

  /** A signal that is raised by {@link #raise()}, for tests and embedding. */
  final class Manual implements StopSignal {
    private final CountDownLatch raised = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile int exitCode = -1;

    /** Asks the service to stop. */
    public void raise() {
      raised.countDown();
    }

    @Override
    public void await() throws InterruptedException {
      raised.await();
    }

    @Override
    public void stopped(int code) {
      exitCode = code;
      stopped.countDown();
    }

    /** Waits for the service to have stopped; its exit code, or -1 when it did not within {@code timeout}. */
    public int awaitStopped(Duration timeout) throws InterruptedException {
      return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? exitCode : -1;
    }
  }

  /** SIGTERM and Ctrl+C, through a shutdown hook installed by {@link #install}. */
  final class Jvm implements StopSignal {
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Duration patience;
    private volatile int exitCode = 1;

    private Jvm(Duration patience) {
      this.patience = patience;
    }

    /**
     * Installs the hook.
     *
     * @param patience how long the hook waits for the graceful stop before the process ends anyway (exit code 1)
     */
    static Jvm install(Duration patience) {
      Jvm signal = new Jvm(patience);
      Runtime.getRuntime().addShutdownHook(new Thread(signal::onShutdown, "serve-stop"));
      return signal;
    }

    private void onShutdown() {
      if (stopped.getCount() == 0) {
        return; // the command ended on its own (an error at start-up, say): the process keeps its exit code
      }
      requested.countDown();
      try {
        if (!stopped.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
          exitCode = 1;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.out.flush();
      System.err.flush();
      Runtime.getRuntime().halt(exitCode); // the graceful stop's code, not 143: the service stopped as asked
    }

    @Override
    public void await() throws InterruptedException {
      requested.await();
    }

    @Override
    public void stopped(int code) {
      exitCode = code;
      stopped.countDown();
    }
  }
}
