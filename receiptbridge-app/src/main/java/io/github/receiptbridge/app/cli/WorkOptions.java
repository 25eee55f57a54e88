package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.Concurrency;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import io.github.receiptbridge.app.cli.output.ReportFile;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** How a command that talks to Счетмаш works and what it leaves behind: concurrency and the report file. */
final class WorkOptions {
  @Option(names = "--concurrency", paramLabel = "N",
      description = "Счетмаш requests in flight (default 8); 1C gets max(1, N/2).")
  private @Nullable Integer concurrency;

  @Option(names = "--report", paramLabel = "<file.json|file.csv>",
      description = "Write one record per document to this file, JSON or CSV by the extension.")
  private Path report;

  /**
   * The concurrency: {@code N} for Счетмаш and {@code max(1, N/2)} for 1C, or the SDK's defaults.
   *
   * @throws ConfigurationException when {@code N} is below 1
   */
  public Concurrency concurrency() {
    if (concurrency == null) {
      return Concurrency.defaults();
    }
    if (concurrency < 1) {
      throw new ConfigurationException("--concurrency must be at least 1, was " + concurrency);
    }
    return Concurrency.builder().schetmash(concurrency).onec(Math.max(1, concurrency / 2)).build();
  }

  /**
   * The report file, checked.
   *
   * @throws ConfigurationException when its name or folder is wrong
   */
  public Optional<ReportFile> reportFile() {
    return Optional.ofNullable(report).map(ReportFile::of);
  }
}
