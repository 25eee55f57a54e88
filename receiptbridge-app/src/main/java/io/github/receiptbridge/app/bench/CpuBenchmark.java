package io.github.receiptbridge.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CPU one registered document costs, measured as a user runs the app: the simulators in one child process
 * ({@link BenchSimulators}), {@code register} in another, started with the launcher's options for a batch command,
 * its CPU time and peak memory read by {@code /usr/bin/time}. Two runs of different sizes give the marginal cost per
 * document, without the JVM's start and warm-up that both share.
 */
final class CpuBenchmark {
  /** What bin/receiptbridge gives every command but serve; kept equal to it by a test. */
  static final List<String> LAUNCHER_BATCH_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xmx512m",
      "-XX:+UseSerialGC");
  static final Path TIME = Path.of("/usr/bin/time");

  private static final Pattern SENT = Pattern.compile("(?m)^sent\\s+(\\d+)\\s*$");
  private static final Pattern RUSAGE = Pattern.compile("BENCH_RUSAGE (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?) (\\d+)");
  private static final long TIMEOUT_MINUTES = 10;

  private final Path java;
  private final String classPath;
  private final Path work;

  /**
   * A benchmark that starts its children with {@code java} on {@code classPath}.
   *
   * @param java the java launcher
   * @param classPath the app's class path
   * @param work a folder for the children's output and journals
   */
  CpuBenchmark(Path java, String classPath, Path work) {
    this.java = java;
    this.classPath = classPath;
    this.work = work;
  }

  /** The benchmark over this JVM's own java and class path. */
  static CpuBenchmark ofThisJvm(Path work) {
    return new CpuBenchmark(Path.of(System.getProperty("java.home"), "bin", "java"),
        System.getProperty("java.class.path"), work);
  }

  /** One {@code register} run: documents generated, receipts sent, its CPU, its peak memory, HTTP exchanges. */
  record Run(int documents, int sent, double cpuSeconds, long maxRssKb, long exchanges) {}

  /**
   * Registers {@code documents} generated documents once, on fresh simulators.
   *
   * @throws IllegalStateException when {@code /usr/bin/time} is missing or a child fails
   */
  Run register(int documents) throws IOException, InterruptedException {
    if (!Files.isExecutable(TIME)) {
      throw new IllegalStateException("bench --cpu reads CPU time and peak memory with " + TIME + ", which is "
          + "missing: install it (Debian: apt-get install time)");
    }
    Files.createDirectories(work);
    Process simulators = new ProcessBuilder(java.toString(), "-cp", classPath, BenchSimulators.class.getName(),
        Integer.toString(documents)).redirectError(work.resolve("simulators-" + documents + ".err").toFile())
        .start();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(simulators.getInputStream(), StandardCharsets.UTF_8))) {
      Map<String, String> settings = readSettings(lines, documents);
      Path rusage = work.resolve("register-" + documents + ".rusage");
      Path out = work.resolve("register-" + documents + ".out");
      Path err = work.resolve("register-" + documents + ".err");
      List<String> command = new ArrayList<>(List.of(TIME.toString(), "-f", "BENCH_RUSAGE %U %S %M", "-o",
          rusage.toString(), java.toString()));
      command.addAll(LAUNCHER_BATCH_OPTIONS);
      command.addAll(List.of("-cp", classPath, "io.github.receiptbridge.app.ReceiptBridgeCli", "register",
          "--from", BenchSimulators.PERIOD.from().toString(), "--to",
          BenchSimulators.PERIOD.to().toString(), "--organization",
          BenchSimulators.INN));
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(settings);
      Path journal = work.resolve("journal-" + documents + ".db");
      for (String suffix : List.of("", "-wal", "-shm")) { // every run starts with an empty journal, as a fresh month
        Files.deleteIfExists(Path.of(journal + suffix));
      }
      builder.environment().put("RECEIPT_JOURNAL", journal.toString());
      Process register = builder.start();
      if (!register.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        register.destroyForcibly();
        throw new IllegalStateException("register of " + documents + " documents ran over " + TIMEOUT_MINUTES
            + " minutes; see " + err);
      }
      int sent = Integer.parseInt(find(SENT, out, "the sent count").group(1));
      Matcher usage = find(RUSAGE, rusage, "the CPU time");
      try (Writer close = simulators.outputWriter()) {
        close.flush(); // closing standard input ends the simulators, which then say how many requests they answered
      }
      long exchanges = readRequests(lines, documents);
      return new Run(documents, sent, Double.parseDouble(usage.group(1)) + Double.parseDouble(usage.group(2)),
          Long.parseLong(usage.group(3)), exchanges);
    } finally {
      if (!simulators.waitFor(30, TimeUnit.SECONDS)) {
        simulators.destroyForcibly();
      }
    }
  }

  /** A small and a large run on fresh simulators, and what they give per extra receipt. */
  record Round(Run small, Run large) {
    /**
     * The round of two runs.
     *
     * @throws IllegalArgumentException when the large run did not send more than the small one
     */
    Round {
      if (large.sent() <= small.sent()) {
        throw new IllegalArgumentException("the larger run sent " + large.sent() + " receipts, the smaller "
            + small.sent() + ": no marginal cost to compute");
      }
    }

    /** CPU milliseconds per extra receipt. */
    double cpuMsPerDoc() {
      return (large.cpuSeconds() - small.cpuSeconds()) * 1000 / (large.sent() - small.sent());
    }

    /** HTTP exchanges per extra receipt. */
    double exchangesPerDoc() {
      return (double) (large.exchanges() - small.exchanges()) / (large.sent() - small.sent());
    }
  }

  /**
   * The machine-readable result of one or more rounds: the median marginal CPU per registered document (one round's
   * CPU time varies by a fifth on a shared two-core machine), the highest peak memory of a large run, the median HTTP
   * exchanges per registered document, and the range of the CPU.
   */
  static String resultLine(List<Round> rounds) {
    double[] cpu = rounds.stream().mapToDouble(Round::cpuMsPerDoc).sorted().toArray();
    double[] exchanges = rounds.stream().mapToDouble(Round::exchangesPerDoc).sorted().toArray();
    long rssKb = rounds.stream().mapToLong(round -> round.large().maxRssKb()).max().orElseThrow();
    return String.format(Locale.ROOT,
        "RESULT cpu_ms_per_doc=%.3f rss_mb=%d exchanges_per_doc=%.2f rounds=%d cpu_ms_per_doc_min=%.3f "
            + "cpu_ms_per_doc_max=%.3f", median(cpu), Math.round(rssKb / 1024.0), median(exchanges), cpu.length,
        cpu[0], cpu[cpu.length - 1]);
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static Map<String, String> readSettings(BufferedReader lines, int documents) throws IOException {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.equals("READY")) {
        return settings;
      }
      if (line.startsWith("SETTING ")) {
        int equals = line.indexOf('=');
        settings.put(line.substring("SETTING ".length(), equals), line.substring(equals + 1));
      }
    }
    throw new IllegalStateException("the simulators for " + documents + " documents ended before they were ready");
  }

  private static long readRequests(BufferedReader lines, int documents) throws IOException {
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.startsWith("REQUESTS ")) {
        String[] counts = line.split(" ");
        return Long.parseLong(counts[1]) + Long.parseLong(counts[2]);
      }
    }
    throw new IllegalStateException("the simulators for " + documents + " documents ended without their counts");
  }

  private static Matcher find(Pattern pattern, Path file, String what) throws IOException {
    Matcher matcher = pattern.matcher(Files.readString(file));
    if (!matcher.find()) {
      throw new IllegalStateException("no " + what + " in " + file);
    }
    return matcher;
  }
}
