package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.cli.output.LateTable;
import io.github.receiptbridge.app.cli.output.ReportFile;
import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.core.Concurrency;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code late}: the late-receipt register, the receipts of the period fiscalized after their due day, read from the
 * receipt journal, for the voluntary notice to the tax office.
 */
@Command(name = "late", description = "List the period's receipts fiscalized after their due day (the next working "
    + "day after the payment), from the receipt journal: payment date, due day, fiscal date and fiscal numbers, for "
    + "the notice to the tax office. Sends nothing, writes nothing to 1C.")
public final class LateCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Mixin
  private PeriodOptions periodOptions;

  @Option(names = "--report", paramLabel = "<file.json|file.csv|file.xlsx>",
      description = "Write one record per late receipt to this file: JSON, CSV or an Excel workbook, by the extension.")
  private @Nullable Path report;

  /** The command in {@code context}. */
  public LateCommand(CliContext context) {
    this.context = context;
  }

  /** Prints the register and writes {@code --report}; exit code 0. */
  @Override
  public Integer call() {
    periodOptions.validate();
    Optional<ReportFile> reportFile = Optional.ofNullable(report).map(ReportFile::ofLateRegister);
    try (CommandSession session = CommandSession.open(context, common)) {
      String organization = session.organization(periodOptions);
      DateRange period = session.period(periodOptions);
      List<LateReceipt> receipts = session.registrar(ProgressListener.NONE, Concurrency.defaults())
          .lateReceipts(period, organization);
      context.out().println("Receipts fiscalized after their due day, " + organization + ", payments of " + period
          + " (receipt journal " + session.journal().location() + ")");
      new LateTable(context.out()).print(receipts);
      reportFile.ifPresent(file -> {
        file.write(receipts);
        context.out().println("Report: " + file.path());
      });
      context.out().flush();
      return ExitCodes.SUCCESS;
    }
  }
}
