package io.github.receiptbridge.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --cpu}: what it computes, the options it measures, and one small run in child processes. */
class CpuBenchmarkTest {
  @Test
  void theResultIsTheMarginalCpuPerExtraReceiptTheLargeRunsMemoryAndItsExchangesPerExtraReceipt() {
    CpuBenchmark.Run small = new CpuBenchmark.Run(100, 80, 2.0, 100_000, 400);
    CpuBenchmark.Run large = new CpuBenchmark.Run(300, 240, 2.8, 150_000, 1_080);

    // (2.8 s - 2.0 s) / 160 more receipts; 150,000 KB; 680 more exchanges / 160
    assertThat(CpuBenchmark.resultLine(List.of(new CpuBenchmark.Round(small, large)))).isEqualTo(
        "RESULT cpu_ms_per_doc=5.000 rss_mb=146 exchanges_per_doc=4.25 rounds=1 cpu_ms_per_doc_min=5.000 "
            + "cpu_ms_per_doc_max=5.000");
  }

  @Test
  void severalRoundsGiveTheMedianCpuTheirRangeAndTheHighestMemory() {
    CpuBenchmark.Run small = new CpuBenchmark.Run(100, 80, 2.0, 100_000, 400);
    List<CpuBenchmark.Round> rounds = List.of(
        new CpuBenchmark.Round(small, new CpuBenchmark.Run(300, 240, 3.6, 150_000, 1_080)),
        new CpuBenchmark.Round(small, new CpuBenchmark.Run(300, 240, 2.8, 210_000, 1_080)),
        new CpuBenchmark.Round(small, new CpuBenchmark.Run(300, 240, 2.4, 140_000, 1_160)));

    // 10, 5 and 2.5 ms per extra receipt; exchanges 4.25, 4.25 and 4.75 per extra receipt
    assertThat(CpuBenchmark.resultLine(rounds)).isEqualTo("RESULT cpu_ms_per_doc=5.000 rss_mb=205 "
        + "exchanges_per_doc=4.25 rounds=3 cpu_ms_per_doc_min=2.500 cpu_ms_per_doc_max=10.000");
  }

  @Test
  void aLargerRunThatSentNoMoreReceiptsHasNoMarginalCost() {
    CpuBenchmark.Run small = new CpuBenchmark.Run(100, 80, 2.0, 100_000, 400);
    CpuBenchmark.Run stuck = new CpuBenchmark.Run(300, 80, 2.8, 150_000, 1_080);

    assertThatThrownBy(() -> new CpuBenchmark.Round(small, stuck)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sent 80 receipts, the smaller 80");
  }

  @Test
  void theLaunchersGiveBatchCommandsTheOptionsTheBenchmarkMeasures() throws Exception {
    String options = String.join(" ", CpuBenchmark.LAUNCHER_BATCH_OPTIONS);

    assertThat(Files.readString(Path.of("src/dist/bin/receiptbridge"))).contains("BATCH_OPTS=\"" + options + "\"");
    assertThat(Files.readString(Path.of("src/dist/bin/receiptbridge.cmd"))).contains("BATCH_OPTS=" + options + "\"");
  }

  @Test
  void registersInAChildProcessAgainstSimulatorsInAnotherAndMeasuresBoth(@TempDir Path work) throws Exception {
    assumeTrue(Files.isExecutable(CpuBenchmark.TIME),
        "skipped: " + CpuBenchmark.TIME + " is missing (Debian package 'time'); .ci/run installs it");
    CpuBenchmark benchmark = CpuBenchmark.ofThisJvm(work);

    CpuBenchmark.Run small = benchmark.register(20);
    CpuBenchmark.Run large = benchmark.register(60);

    assertThat(small.sent()).isPositive().isLessThanOrEqualTo(20);
    assertThat(large.sent()).isGreaterThan(small.sent()).isLessThanOrEqualTo(60);
    assertThat(large.cpuSeconds()).isPositive();
    assertThat(large.maxRssKb()).isPositive();
    assertThat(large.exchanges()).as("at least a registration and a 1C write for each receipt")
        .isGreaterThanOrEqualTo(2L * large.sent());
    assertThat(CpuBenchmark.resultLine(List.of(new CpuBenchmark.Round(small, large))))
        .matches("RESULT cpu_ms_per_doc=-?\\d+\\.\\d{3} rss_mb=\\d+ exchanges_per_doc=\\d+\\.\\d{2} rounds=1 .*");
  }
}
