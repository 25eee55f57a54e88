package io.github.receiptbridge.examples.cli.command;

import io.github.receiptbridge.core.Period;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.examples.cli.CliContext;
import io.github.receiptbridge.examples.cli.ExitCodes;
import io.github.receiptbridge.examples.cli.output.ProgressTracker;
import io.github.receiptbridge.examples.cli.output.ReportFile;
import io.github.receiptbridge.examples.cli.output.RunOutput;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code register}: sends a receipt for each document not sent yet and writes its id and status to 1C. */
@Command(name = "register", description = "Send a receipt for every eligible document not sent yet, and write its "
    + "receipt id, status and check date to 1C.")
public final class RegisterCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Mixin
  private PeriodOptions periodOptions;

  @Mixin
  private WorkOptions work;

  @Option(names = "--dry-run", description = "Build and check every receipt, send and write nothing.")
  private boolean dryRun;

  /** The command in {@code context}. */
  public RegisterCommand(CliContext context) {
    this.context = context;
  }

  /** Registers; exit code 0 when nothing failed, 1 otherwise. */
  @Override
  public Integer call() {
    periodOptions.validate();
    Optional<ReportFile> reportFile = work.reportFile();
    try (CommandSession session = CommandSession.open(context, common);
        ProgressTracker progress = ProgressTracker.forOutput(context.interactive(), context.err())) {
      String organization = session.organization(periodOptions);
      Period period = session.period(periodOptions);
      if (!dryRun) {
        session.checkSchetmash();
      }
      ReceiptRegistrar registrar = session.registrar(progress, work.concurrency());
      RunOutput output = new RunOutput(context.out(), reportFile);
      RunReport report = output.capture(() -> dryRun
          ? registrar.dryRun(period, organization) : registrar.register(period, organization));
      progress.close();
      output.show((dryRun ? "Dry run" : "Register") + " of " + organization + ", " + period, report);
      return ExitCodes.forRegister(report);
    }
  }
}
