package io.github.receiptbridge.core;

import java.util.OptionalLong;

/**
 * Hears a run's progress, enough to drive a progress bar. Called from the run's worker threads: implementations
 * must be thread-safe and quick. A registrar's listener is one of its {@link RunOptions}: to hear the calls of one
 * organization apart from another's, give each its own registrar with {@link ReceiptRegistrar#withOptions}.
 *
 * @since 0.1.0
 */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * A pass started.
   *
   * @param phase the pass: never {@link Phase#RUN}, which is made of register and status passes
   * @param total documents the pass goes through, empty when the ledger cannot count them cheaply
   */
  default void started(Phase phase, OptionalLong total) {}

  /**
   * A document is done.
   *
   * @param outcome what was done with it, as the report will hold it; documents finish in any order
   */
  default void documentDone(DocumentOutcome outcome) {}

  /**
   * The run finished: not called for a pass that ends with an exception ({@link RunAbortedException}, {@link
   * RunCancelledException}), whose partial report the exception carries.
   *
   * @param report the pass's report; {@link ReceiptRegistrar#run} reports each of its passes apart
   */
  default void finished(RunReport report) {}
}
