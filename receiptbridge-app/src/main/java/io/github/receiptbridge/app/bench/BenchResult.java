package io.github.receiptbridge.app.bench;

import java.time.Duration;

/**
 * One benchmark setting's measurements, and its throughput limit computed from the latencies, the concurrency
 * limits and the measured requests per document.
 *
 * @param documents documents generated
 * @param schetmash Счетмаш requests in flight
 * @param onec 1C requests in flight
 * @param pipelined whether Счетмаш calls and 1C writes overlapped (false: the sequential baseline)
 * @param schetmashLatency injected Счетмаш latency per request
 * @param onecLatency injected 1C latency per request
 * @param register the register pass
 * @param status the status pass
 */
record BenchResult(int documents, int schetmash, int onec, boolean pipelined, Duration schetmashLatency,
    Duration onecLatency, Phase register, Phase status) {

  /**
   * One pass.
   *
   * @param handled documents sent (register) or updated (status)
   * @param elapsed wall time
   * @param schetmashRequests requests that reached Счетмаш
   * @param onecRequests requests that reached 1C
   * @param peakHeapBytes peak heap of the whole JVM (SDK and simulators) during the pass
   * @param cpuNanos CPU time of the process during the pass without the simulators' threads: the SDK's share
   */
  public record Phase(int handled, Duration elapsed, int schetmashRequests, int onecRequests, long peakHeapBytes,
      long cpuNanos) {

    /** Documents per second. */
    public double throughput() {
      return handled / seconds(elapsed);
    }

    /** Счетмаш requests per handled document. */
    public double schetmashPerDocument() {
      return (double) schetmashRequests / handled;
    }

    /** 1C requests per handled document. */
    public double onecPerDocument() {
      return (double) onecRequests / handled;
    }
  }

  /**
   * 1C requests per document on the 1C pool when registering: the saved receipt id read again just before the
   * write-back (it may have changed since the fill), then the id, the check date and the status.
   */
  public static final int REGISTER_WRITES = 4;
  /** 1C requests per document on the 1C pool of a status pass: the check date and the status. */
  public static final int STATUS_WRITES = 2;

  /**
   * The most documents per second a pass can reach. Each service serves at most (requests in flight ÷ latency)
   * requests per second: Счетмаш calls and a document's 1C write-back run on their pools, while the 1C reads of the
   * fill (documents, saved states, contacts) run one at a time on the reading thread; a document costs the measured
   * number of each.
   */
  public static double limit(Phase phase, int writesPerDocument, int schetmashInFlight, int onecInFlight,
      Duration ls, Duration l1) {
    double bySchetmash = schetmashInFlight / (seconds(ls) * phase.schetmashPerDocument());
    double byOnecWrites = onecInFlight / (seconds(l1) * writesPerDocument);
    double readsPerDocument = Math.max(phase.onecPerDocument() - writesPerDocument, 1e-9);
    double byOnecReads = 1 / (seconds(l1) * readsPerDocument);
    return Math.min(bySchetmash, Math.min(byOnecWrites, byOnecReads));
  }

  /** The register pass's limit. */
  public double registerLimit() {
    return limit(register, REGISTER_WRITES, schetmash, onec, schetmashLatency, onecLatency);
  }

  /** The status pass's limit. */
  public double statusLimit() {
    return limit(status, STATUS_WRITES, schetmash, onec, schetmashLatency, onecLatency);
  }

  /** The setting as a table label. */
  public String label() {
    return pipelined ? schetmash + " / " + onec : "sequential";
  }

  /** Documents per second over both passes. */
  public double throughput() {
    return register.handled() / (seconds(register.elapsed()) + seconds(status.elapsed()));
  }

  /** The limit over both passes: their times add up. */
  public double combinedLimit() {
    return 1 / (1 / registerLimit() + (double) status.handled() / register.handled() / statusLimit());
  }

  private static double seconds(Duration duration) {
    return Math.max(duration.toNanos(), 1) / 1e9;
  }
}
