package io.github.receiptbridge.app.cli.output;

import java.util.function.Supplier;

/** Shows the progress of one task at a time: a bar on a terminal, or periodic lines in a log. */
interface ProgressView {
  /** The {@code total} of a task whose size is not known (yet); the progress bar library's own "indefinite". */
  long UNKNOWN_TOTAL = -1;

  /**
   * A task starts.
   *
   * @param task a short name, for example {@code register}
   * @param total how many steps it has, or {@link #UNKNOWN_TOTAL}
   */
  void begin(String task, long total);

  /**
   * The task advanced.
   *
   * @param done steps done
   * @param total steps in all, or {@link #UNKNOWN_TOTAL}
   * @param detail a short text shown next to the numbers, asked for only when the view shows it: a pass reports
   *     every document, and most updates are never printed
   */
  void update(long done, long total, Supplier<String> detail);

  /** The task ended; its last state stays visible. Does nothing when no task is running. */
  void end();
}
