package io.github.receiptbridge.app.cli.output;

import io.github.receiptbridge.core.RunAbortedException;
import io.github.receiptbridge.core.RunReport;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a command shows of a run: the summary on stdout and, with {@code --report}, the file; when a run stops on a
 * fatal error, the file still gets what was done before the stop.
 */
public final class RunOutput {
  private final PrintStream out;
  private final Optional<ReportFile> reportFile;

  /** Output to {@code out} and, if given, to {@code reportFile}. */
  public RunOutput(PrintStream out, Optional<ReportFile> reportFile) {
    this.out = out;
    this.reportFile = reportFile;
  }

  /** Runs {@code run}; if it stops with a {@link RunAbortedException}, writes the partial report and rethrows. */
  public RunReport capture(Supplier<RunReport> run) {
    try {
      return run.get();
    } catch (RunAbortedException aborted) {
      if (aborted.partialReport() != null) {
        reportFile.ifPresent(file -> file.write(aborted.partialReport()));
      }
      throw aborted;
    }
  }

  /** Prints the summary of {@code report} under {@code heading} and writes the report file. */
  public void show(String heading, RunReport report) {
    new SummaryTable(out).print(heading, report);
    reportFile.ifPresent(file -> {
      file.write(report);
      out.println();
      out.println("Report: " + file.path() + " (" + report.outcomes().size() + " documents)");
    });
    out.flush();
  }
}
