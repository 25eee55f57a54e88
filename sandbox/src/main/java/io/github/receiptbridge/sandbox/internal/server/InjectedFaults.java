package io.github.receiptbridge.sandbox.internal.server;

/**
 * The serving side of the fault knobs both simulators have, as their dispatchers consume them: each method decides
 * (and where counted, consumes) one fault for the request at hand. Implemented over the public behaviour objects.
 */
public interface InjectedFaults {
  /**
   * Sleeps for the configured latency.
   *
   * @throws InterruptedException when interrupted while sleeping
   */
  void applyLatency() throws InterruptedException;

  /**
   * Decides (and consumes, when asked for by count) whether this request gets an HTML 500 page instead of any
   * handling.
   *
   * @return true for the 500 page
   */
  boolean takeHtml500();

  /**
   * Decides (and consumes) whether this JSON answer is sent with its body cut in half.
   *
   * @return true to cut the body
   */
  boolean takeMalformedJson();
}
