package io.github.receiptbridge.core;

import java.util.function.BooleanSupplier;
import org.immutables.value.Value;

/**
 * What one caller of a {@link ReceiptRegistrar} hears and when it stops: the progress listener and the stop signal of
 * its passes. {@link ReceiptRegistrar#withOptions(RunOptions)} gives a registrar with its own options that shares
 * everything else (ledger, fiscal service, journal, policy, executor) with the one it came from, so one registrar can
 * serve several organizations at once, each with its own progress and its own stop.
 *
 * <pre>{@code
 * ReceiptRegistrar forRomashka = registrar.withOptions(RunOptions.builder()
 *     .progressListener(romashkaProgress)
 *     .stopWhen(romashkaStop::get)
 *     .build());
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractRunOptions {
  private static final BooleanSupplier NEVER = () -> false;

  /**
   * Hears the progress of each pass; called from the pass's worker threads, so it must be thread-safe and quick.
   * Default {@link ProgressListener#NONE}.
   *
   * @return the listener of every pass of the call
   */
  @Value.Default
  public ProgressListener progressListener() {
    return ProgressListener.NONE;
  }

  /**
   * A stop signal, for a graceful stop: asked before each document is started. Once it answers true, a pass starts
   * no new document, lets the documents in flight finish (their receipt is sent and its id, status and date written
   * to the ledger), and returns a report with {@link RunReport#stopped()} true that lists only the documents it
   * started; {@link ReceiptRegistrar#run} polls no more statuses. Nothing is lost: the next run goes on from there.
   * Interrupting the thread of a pass stops it the same way but ends with a {@link RunCancelledException} instead of
   * a report. Default: never. Thread-safe and quick, for example {@code AtomicBoolean::get}.
   *
   * @return the stop signal of every pass of the call
   */
  @Value.Default
  public BooleanSupplier stopWhen() {
    return NEVER;
  }

  /**
   * The defaults: no listener, never stop.
   *
   * @return options with {@link ProgressListener#NONE} and a signal that never answers true
   */
  public static RunOptions defaults() {
    return RunOptions.builder().build();
  }
}
