package io.github.receiptbridge.app.cli.output;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Progress for logs and pipes, where a redrawn bar would be noise: a line when a task starts, then one whenever the
 * interval has passed or another tenth is done, and one at the end.
 */
final class PeriodicProgressLines implements ProgressView {
  /** The longest silence while a task runs. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

  private final PrintStream out;
  private final LongSupplier nanoTime;
  private final long intervalNanos;
  private @Nullable String task;
  private long lastPrinted;
  private long lastTenth;
  private @Nullable Supplier<String> lastLine;
  private @Nullable String lastPrintedLine;

  /** Lines every {@link #DEFAULT_INTERVAL} on {@code out}. */
  public PeriodicProgressLines(PrintStream out) {
    this(out, System::nanoTime, DEFAULT_INTERVAL);
  }

  /**
   * Lines on {@code out}.
   *
   * @param nanoTime the time source, in nanoseconds
   * @param interval the longest silence while a task runs
   */
  public PeriodicProgressLines(PrintStream out, LongSupplier nanoTime, Duration interval) {
    this.out = out;
    this.nanoTime = nanoTime;
    this.intervalNanos = interval.toNanos();
  }

  @Override
  public synchronized void begin(String task, long total) {
    end();
    this.task = task;
    this.lastPrinted = nanoTime.getAsLong();
    this.lastTenth = 0;
    this.lastLine = null;
    out.println(task + ": started" + (total >= 0 ? ", " + total + " documents" : ""));
  }

  @Override
  public synchronized void update(long done, long total, Supplier<String> detail) {
    if (task == null) {
      return;
    }
    String name = task;
    Supplier<String> line = () -> line(name, done, total, detail.get()); // built only when printed
    long now = nanoTime.getAsLong();
    long tenth = total > 0 ? done * 10 / total : 0;
    if (now - lastPrinted >= intervalNanos || tenth > lastTenth) {
      print(line.get(), now);
      lastTenth = tenth;
    }
    lastLine = line;
  }

  @Override
  public synchronized void end() {
    if (task == null) {
      return;
    }
    if (lastLine != null) {
      print(lastLine.get(), nanoTime.getAsLong());
    }
    task = null;
  }

  private void print(String line, long now) {
    if (!line.equals(lastPrintedLine)) {
      out.println(line);
      out.flush();
      lastPrintedLine = line;
    }
    lastPrinted = now;
  }

  private static String line(String task, long done, long total, String detail) {
    String counts = total >= 0 ? done + "/" + total + " (" + (total == 0 ? 100 : done * 100 / total) + "%)"
        : String.valueOf(done);
    return task + ": " + counts + (detail.isEmpty() ? "" : ", " + detail);
  }
}
