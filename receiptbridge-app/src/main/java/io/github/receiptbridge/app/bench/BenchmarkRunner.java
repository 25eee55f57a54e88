package io.github.receiptbridge.app.bench;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.core.Concurrency;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Runs one benchmark setting on fresh in-process simulators with injected per-request latency: a full {@code
 * register} followed by {@code checkStatuses}, measuring wall time, requests to each service, peak heap and process
 * CPU time.
 */
final class BenchmarkRunner {
  private static final String INN = BenchSimulators.INN;
  private static final DateRange PERIOD = BenchSimulators.PERIOD;

  private final Duration schetmashLatency;
  private final Duration onecLatency;

  /** A runner with these per-request latencies. */
  public BenchmarkRunner(Duration schetmashLatency, Duration onecLatency) {
    this.schetmashLatency = schetmashLatency;
    this.onecLatency = onecLatency;
  }

  /** Registers and checks {@code documents} documents with {@code schetmash}/{@code onec} requests in flight. */
  public BenchResult run(int documents, int schetmash, int onec) {
    return run(documents, Concurrency.builder().schetmash(schetmash).onec(onec).build());
  }

  /** The same, one document at a time from start to finish: the old processing's way. */
  public BenchResult runSequential(int documents) {
    return run(documents, Concurrency.sequential());
  }

  private BenchResult run(int documents, Concurrency concurrency) {
    try (Setup setup = new Setup(documents, concurrency)) {
      setup.registrar.checkStatuses(PERIOD, INN); // warm up connections, token and JIT on an empty status pass
      setup.fiscal.behavior().latency(schetmashLatency);
      setup.ledger.behavior().latency(onecLatency);
      BenchResult.Phase register = measure(setup, () -> setup.registrar.register(PERIOD, INN));
      setup.fiscal.awaitProcessed(Duration.ofSeconds(60));
      BenchResult.Phase status = measure(setup, () -> setup.registrar.checkStatuses(PERIOD, INN));
      return new BenchResult(documents, concurrency.schetmash(), concurrency.onec(), concurrency.pipelined(),
          schetmashLatency, onecLatency, register, status);
    }
  }

  /** Fresh simulators holding {@code documents} documents, and a registrar on clients of them. */
  private static final class Setup implements AutoCloseable {
    final SchetmashSandbox fiscal = SchetmashSandbox.builder().processingDelay(Duration.ZERO).start();
    final OnecSandbox ledger = OnecSandbox.builder().start();
    final SchetmashClient schetmashClient = SchetmashClient.builder().fromSettings(fiscal.clientSettings()).build();
    final OnecClient onecClient = OnecClient.builder().fromSettings(ledger.clientSettings()).build();
    final ReceiptRegistrar registrar;

    Setup(int documents, Concurrency concurrency) {
      BenchSimulators.addDocuments(ledger, documents);
      registrar = ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(schetmashClient))
          .ledger(OnecLedger.of(onecClient)).concurrency(concurrency).build();
    }

    @Override
    public void close() {
      schetmashClient.close();
      onecClient.close();
      fiscal.close();
      ledger.close();
    }
  }

  private static BenchResult.Phase measure(Setup setup, java.util.function.Supplier<RunReport> pass) {
    SchetmashSandbox fiscal = setup.fiscal;
    OnecSandbox ledger = setup.ledger;
    resetPeakHeap();
    int fiscalBefore = fiscal.requestCount();
    int ledgerBefore = ledger.requestCount();
    long cpuBefore = processCpuNanos();
    long simulatorsBefore = simulatorCpuNanos();
    long start = System.nanoTime();
    RunReport report = pass.get();
    long elapsed = System.nanoTime() - start;
    long simulators = simulatorCpuNanos() - simulatorsBefore;
    long cpu = processCpuNanos() - cpuBefore - simulators;
    int handled = (int) report.outcomes().stream()
        .filter(o -> o.action() == io.github.receiptbridge.core.Action.SENT
            || o.action() == io.github.receiptbridge.core.Action.UPDATED)
        .count();
    if (!report.isClean()) {
      throw new IllegalStateException("The benchmark run was not clean: " + report.totals());
    }
    return new BenchResult.Phase(handled, Duration.ofNanos(elapsed), fiscal.requestCount() - fiscalBefore,
        ledger.requestCount() - ledgerBefore, peakHeapBytes(), cpu);
  }

  /** Streams a fill of {@code documents} documents without latency and measures time and peak heap. */
  public static FillResult fill(int documents) {
    try (Setup setup = new Setup(documents, Concurrency.defaults())) {
      System.gc();
      resetPeakHeap();
      int before = setup.ledger.requestCount();
      long start = System.nanoTime();
      long rows;
      try (Stream<?> stream = setup.registrar.fill(PERIOD, INN)) {
        rows = stream.count();
      }
      return new FillResult(rows, Duration.ofNanos(System.nanoTime() - start), setup.ledger.requestCount() - before,
          peakHeapBytes(), Runtime.getRuntime().maxMemory());
    }
  }

  /** The outcome of a fill measurement. */
  public record FillResult(long rows, Duration elapsed, int onecRequests, long peakHeapBytes, long maxHeapBytes) {}

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /**
   * CPU time of the simulators' threads (MockWebServer connection threads and the Счетмаш worker). Their connection
   * threads live as long as the keep-alive connections, so the difference over a pass is theirs; CPU of a simulator
   * thread that ended during the pass is counted as the SDK's, which can only make the SDK look slower.
   */
  private static long simulatorCpuNanos() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && (info.getThreadName().contains("MockWebServer")
          || info.getThreadName().contains("sandbox"))) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        total += Math.max(cpu, 0);
      }
    }
    return total;
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }
    return -1;
  }
}
