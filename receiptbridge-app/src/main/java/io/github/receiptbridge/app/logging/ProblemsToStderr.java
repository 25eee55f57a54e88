package io.github.receiptbridge.app.logging;

import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import java.io.PrintStream;

/**
 * Logback's own messages about its configuration: a warning or error (a mistake in the administrator's
 * {@code logback.xml}) goes to stderr, the rest nowhere. Without it logback would print its problems on stdout, which
 * the commands keep for their results.
 */
public final class ProblemsToStderr implements StatusListener {
  private final PrintStream err;

  /** For logback: to {@link System#err}. */
  public ProblemsToStderr() {
    this(System.err);
  }

  /** To {@code err}. */
  ProblemsToStderr(PrintStream err) {
    this.err = err;
  }

  @Override
  public void addStatusEvent(Status status) {
    if (status.getEffectiveLevel() >= Status.WARN) {
      err.println("logging: " + status + (status.getThrowable() == null ? "" : " (" + status.getThrowable() + ")"));
    }
  }

  @Override
  public boolean isResetResistant() {
    return true;
  }
}
