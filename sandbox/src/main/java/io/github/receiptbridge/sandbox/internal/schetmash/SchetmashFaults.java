package io.github.receiptbridge.sandbox.internal.schetmash;

import io.github.receiptbridge.sandbox.SchetmashOutcome;
import io.github.receiptbridge.sandbox.internal.server.InjectedFaults;

/** The serving side of {@link io.github.receiptbridge.sandbox.SchetmashBehavior}, as the simulator consumes it. */
public interface SchetmashFaults extends InjectedFaults {
  /**
   * Decides (and consumes) whether this committed registration loses its answer.
   *
   * @return true to drop the connection without an answer
   */
  boolean takeDropAfterCommit();

  /**
   * The outcome for a newly registered receipt.
   *
   * @return the next queued one, else {@link SchetmashOutcome#SUCCESS}
   */
  SchetmashOutcome takeOutcome();
}
