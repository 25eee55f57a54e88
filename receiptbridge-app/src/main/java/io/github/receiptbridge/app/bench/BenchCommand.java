package io.github.receiptbridge.app.bench;

import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.common.config.DurationConverter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: for each concurrency setting, a full {@code register} then {@code checkStatuses} of {@code
 * --documents} documents on fresh in-process simulators with the given latencies; then a {@code fill} of {@code
 * --fill-documents}. Prints a markdown table, writes it and an SVG chart to {@code --results}, and ends with a
 * machine-readable {@code RESULT} line for the default setting (8 Счетмаш, 4 1C) against the baseline (1, 1).
 */
@Command(name = "bench", description = "Measure throughput against the limit set by latency and concurrency "
    + "(on in-process simulators; sends nothing anywhere else).")
public final class BenchCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--documents", description = "Documents per setting (default: ${DEFAULT-VALUE}).",
      defaultValue = "2000")
  private int documents;

  @Option(names = "--schetmash-latency", converter = DurationConverter.class, defaultValue = "50ms",
      description = "Latency the Счетмаш simulator adds to each request (default: ${DEFAULT-VALUE}).")
  private Duration schetmashLatency;

  @Option(names = "--onec-latency", converter = DurationConverter.class, defaultValue = "20ms",
      description = "Latency the 1C simulator adds to each request (default: ${DEFAULT-VALUE}).")
  private Duration onecLatency;

  @Option(names = "--concurrency", split = ",", defaultValue = "1:1,4:2,8:4,16:8,32:16",
      description = "Settings to sweep, Счетмаш:1C requests in flight (default: ${DEFAULT-VALUE}); the sequential "
          + "baseline always runs first.")
  private List<String> settings;

  @Option(names = "--fill-documents", defaultValue = "100000",
      description = "Documents for the fill measurement, 0 to skip it (default: ${DEFAULT-VALUE}).")
  private int fillDocuments;

  @Option(names = "--results", defaultValue = "bench-results",
      description = "Folder for bench.md and throughput.svg (default: ${DEFAULT-VALUE}).")
  private Path results;

  @Option(names = "--cpu", description = "Measure CPU per registered document instead: the simulators in one "
      + "process, register in another with the launcher's options; prints RESULT cpu_ms_per_doc=... rss_mb=... "
      + "exchanges_per_doc=... (needs /usr/bin/time).")
  private boolean cpu;

  @Option(names = "--cpu-documents", split = ",", defaultValue = "3000,10000",
      description = "With --cpu: the two sizes whose difference gives the marginal cost (default: ${DEFAULT-VALUE}).")
  private List<Integer> cpuDocuments;

  @Option(names = "--cpu-rounds", defaultValue = "3",
      description = "With --cpu: rounds of the two sizes; the result is their median (default: ${DEFAULT-VALUE}).")
  private int cpuRounds;

  /** The command in {@code context}. */
  public BenchCommand(CliContext context) {
    this.context = context;
  }

  /** Runs the sweep; exit code 0, or 2 for a bad setting. */
  @Override
  public Integer call() {
    PrintStream out = context.out();
    if (cpu) {
      return measureCpu(out);
    }
    List<int[]> sweep = new ArrayList<>();
    for (String setting : settings) {
      String[] parts = setting.trim().split(":");
      try {
        sweep.add(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[parts.length == 2 ? 1 : 0])});
      } catch (NumberFormatException e) {
        context.err().println("--concurrency takes settings like 8:4 (Счетмаш:1C), not '" + setting + "'");
        return ExitCodes.USAGE;
      }
    }
    if (sweep.stream().noneMatch(s -> s[0] == 8 && s[1] == 4)) {
      sweep.add(new int[] {8, 4});
    }
    BenchmarkRunner runner = new BenchmarkRunner(schetmashLatency, onecLatency);
    out.printf(Locale.ROOT, "Benchmark: %d documents, Счетмаш latency %d ms, 1C latency %d ms%n", documents,
        schetmashLatency.toMillis(), onecLatency.toMillis());
    List<BenchResult> measured = new ArrayList<>();
    BenchResult baseline = runner.runSequential(documents);
    measured.add(baseline);
    out.printf(Locale.ROOT, "  sequential (the old processing's way): %.1f documents/s (limit %.1f)%n",
        baseline.throughput(), baseline.combinedLimit());
    for (int[] setting : sweep) {
      BenchResult result = runner.run(documents, setting[0], setting[1]);
      measured.add(result);
      out.printf(Locale.ROOT, "  %d/%d in flight: %.1f documents/s (limit %.1f)%n", setting[0], setting[1],
          result.throughput(), result.combinedLimit());
    }
    BenchmarkRunner.FillResult fill = fillDocuments > 0 ? BenchmarkRunner.fill(fillDocuments) : null;
    String table = BenchReport.markdown(measured, fill);
    write("bench.md", "# Benchmark\n\n" + documents + " documents, Счетмаш latency " + schetmashLatency.toMillis()
        + " ms, 1C latency " + onecLatency.toMillis() + " ms.\n\n" + table);
    write("throughput.svg", BenchReport.svg(measured));
    out.println();
    out.print(table);
    out.println("Results written to " + results.toAbsolutePath());
    out.println(BenchReport.resultLine(find(measured, 8, 4), baseline));
    return ExitCodes.SUCCESS;
  }

  private Integer measureCpu(PrintStream out) {
    if (cpuDocuments.size() != 2 || cpuDocuments.get(0) >= cpuDocuments.get(1) || cpuDocuments.get(0) < 1) {
      context.err().println("--cpu-documents takes two sizes, the smaller first, like 3000,10000");
      return ExitCodes.USAGE;
    }
    if (cpuRounds < 1) {
      context.err().println("--cpu-rounds takes a number of rounds, at least 1, not " + cpuRounds);
      return ExitCodes.USAGE;
    }
    CpuBenchmark benchmark = CpuBenchmark.ofThisJvm(results.resolve("cpu"));
    out.printf(Locale.ROOT, "CPU benchmark on %d cores: register in its own JVM (%s), simulators in another%n",
        Runtime.getRuntime().availableProcessors(), String.join(" ", CpuBenchmark.LAUNCHER_BATCH_OPTIONS));
    List<CpuBenchmark.Round> rounds = new ArrayList<>();
    for (int round = 1; round <= cpuRounds; round++) {
      List<CpuBenchmark.Run> runs = new ArrayList<>();
      for (int documents : cpuDocuments) {
        CpuBenchmark.Run run;
        try {
          run = benchmark.register(documents);
        } catch (IOException e) {
          throw new UncheckedIOException("The CPU benchmark could not run its processes: " + e.getMessage(), e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          context.err().println("The CPU benchmark was interrupted.");
          return ExitCodes.INCOMPLETE;
        } catch (IllegalStateException e) {
          context.err().println("The CPU benchmark stopped: " + e.getMessage());
          return ExitCodes.SETUP;
        }
        runs.add(run);
        out.printf(Locale.ROOT, "  round %d, %d documents: %d sent, CPU %.2f s, max RSS %d MB, %d HTTP exchanges%n",
            round, run.documents(), run.sent(), run.cpuSeconds(), Math.round(run.maxRssKb() / 1024.0),
            run.exchanges());
      }
      CpuBenchmark.Round measured = new CpuBenchmark.Round(runs.get(0), runs.get(1));
      rounds.add(measured);
      out.printf(Locale.ROOT, "  round %d: %.3f ms of CPU per extra receipt%n", round, measured.cpuMsPerDoc());
    }
    out.println(CpuBenchmark.resultLine(rounds));
    return ExitCodes.SUCCESS;
  }

  private static BenchResult find(List<BenchResult> results, int schetmash, int onec) {
    return results.stream().filter(r -> r.pipelined() && r.schetmash() == schetmash && r.onec() == onec)
        .findFirst().orElseThrow();
  }

  private void write(String name, String content) {
    try {
      Files.createDirectories(results);
      Files.writeString(results.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + results.resolve(name) + ": " + e.getMessage(), e);
    }
  }
}
