package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.common.config.DurationConverter;
import io.github.receiptbridge.app.cli.output.ReportFile;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code run}: fill, register, then poll statuses until no receipt is in flight ({@code success} or {@code error}) or
 * {@code --wait} passes.
 * On the in-process sandbox it then registers a second time, to show that nothing is sent twice.
 */
@Command(name = "run", description = "Fill, register, and check statuses until no receipt is in flight (each is "
    + "success or error) or --wait passes. On the built-in sandbox it then registers once more to show that nothing "
    + "is sent twice.")
public final class RunCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Mixin
  private PeriodOptions periodOptions;

  @Mixin
  private WorkOptions work;

  @Option(names = "--dry-run", description = "Build and check every receipt, send and write nothing.")
  private boolean dryRun;

  @Option(names = "--wait", paramLabel = "<duration>", defaultValue = "2m", converter = DurationConverter.class,
      description = "How long to wait for final statuses: 500ms, 90s, 5m, 1h or PT90S (default: ${DEFAULT-VALUE}).")
  private Duration wait;

  /** The command in {@code context}. */
  public RunCommand(CliContext context) {
    this.context = context;
  }

  /** Runs; exit code 0 when every eligible document has a successful receipt, 1 otherwise. */
  @Override
  public Integer call() {
    periodOptions.validate();
    Optional<ReportFile> reportFile = work.reportFile();
    try (CommandSession session = CommandSession.open(context, common)) {
      CommandSession.Pass pass = session.pass(periodOptions, work.concurrency(), reportFile,
          dryRun ? SchetmashCheck.NONE : SchetmashCheck.FIRST, dryRun ? "Dry run" : "Run", (registrar, period, organization) -> dryRun
              ? registrar.dryRun(period, organization) : registrar.run(period, organization, wait));
      RunReport report = pass.report();
      DateRange period = pass.period();
      String organization = pass.organization();
      if (dryRun) {
        return ExitCodes.forRegister(report);
      }
      int exitCode = ExitCodes.forCompletion(report);
      printVerdict(exitCode, report);
      session.services().sandboxes().ifPresent(sandboxes -> new SecondRegisterPass(context.out())
          .show(session.registrar(ProgressListener.NONE, work.concurrency()),
              sandboxes.schetmash(), period, organization));
      return exitCode;
    }
  }

  private void printVerdict(int exitCode, RunReport report) {
    long eligible = report.outcomes().stream().filter(outcome -> outcome.action() != Action.SKIPPED).count();
    if (exitCode == ExitCodes.SUCCESS) {
      context.out().println();
      context.out().println("Done: all " + eligible + " eligible documents have a successful receipt.");
      return;
    }
    long errors = report.outcomes().stream()
        .filter(outcome -> outcome.status().filter(ReceiptStatus.ERROR::equals).isPresent()).count();
    if (errors > 0) {
      context.err().println(errors + " receipt(s) are in error. An error is not always final: wait and run 'status' "
          + "again. Only once the Счетмаш cabinet shows a receipt finally rejected, re-issue its document with "
          + "'reissue --document <number>'.");
    }
    if (!report.mismatches().isEmpty()) {
      context.err().println(report.mismatches().size() + " document(s) disagree with their receipts (listed above): "
          + "a person decides on a refund or correction receipt.");
    }
    long forAPerson = ExitCodes.waitingForAPerson(report);
    if (forAPerson > 0) {
      context.err().println(forAPerson + " document(s) wait for a person (listed above): a possible duplicate of "
          + "another payment (send a confirmed separate one with 'register --not-duplicate <number>'), or a receipt "
          + "id in 1C that Счетмаш does not know (check the Счетмаш cabinet). Nothing is sent for them until then.");
    }
    if (errors == 0 && report.mismatches().isEmpty() && forAPerson == 0) {
      context.err().println("Not done after " + wait.toSeconds() + " s: some receipts failed or are still pending; "
          + "the next run or 'status' picks them up, without sending anything twice.");
    }
  }
}
