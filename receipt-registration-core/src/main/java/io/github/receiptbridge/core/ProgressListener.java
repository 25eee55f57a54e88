package io.github.receiptbridge.core;

/**
 * Hears a run's progress, enough to drive a progress bar. Called from the run's worker threads: implementations
 * must be thread-safe and quick.
 */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * The run started.
   *
   * @param phase {@code fill}, {@code register}, {@code status} or {@code dry-run}
   * @param total documents the period holds, or -1 when 1C cannot count them cheaply
   */
  default void started(String phase, long total) {}

  /** A document is done. */
  default void documentDone(DocumentOutcome outcome) {}

  /** The run finished. */
  default void finished(RunReport report) {}
}
