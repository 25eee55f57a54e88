package io.github.receiptbridge.app.serve;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the service is stopping: once raised, no pass starts and the registrars start no new document (they ask
 * {@link #raised()} before each one). Thread-safe; never lowered again.
 */
final class ShutdownFlag {
  private final AtomicBoolean raised = new AtomicBoolean();

  /** The service is stopping from now on. */
  void raise() {
    raised.set(true);
  }

  /** Whether {@link #raise()} was called. */
  boolean raised() {
    return raised.get();
  }

  /**
   * Refuses a new pass once the service is stopping.
   *
   * @throws IllegalStateException when it is
   */
  void checkNotRaised() {
    if (raised()) {
      throw new IllegalStateException("the service is stopping; no new pass starts");
    }
  }
}
