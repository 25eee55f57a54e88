package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.Concurrency;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.SetupException;
import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.cli.output.FillTable;
import io.github.receiptbridge.app.cli.output.RefundsTable;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fill}: lists the period's documents with their saved receipt state and what register will do. */
@Command(name = "fill", description = "List the period's bank receipts with their receipt status and what register "
    + "will do with each (sends nothing, writes nothing).")
public final class FillCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Mixin
  private PeriodOptions periodOptions;

  /** The command in {@code context}. */
  public FillCommand(CliContext context) {
    this.context = context;
  }

  /** Prints the table; exit code 0. */
  @Override
  public Integer call() {
    periodOptions.validate();
    try (CommandSession session = CommandSession.open(context, common)) {
      String organization = session.organization(periodOptions);
      DateRange period = session.period(periodOptions);
      try (Stream<FillRow> rows = session.registrar(ProgressListener.NONE, Concurrency.defaults())
          .fill(period, organization)) {
        context.out().println("Bank receipts of " + organization + ", " + period);
        new FillTable(context.out()).print(rows);
      }
      try {
        new RefundsTable(context.out()).print(session.registrar(ProgressListener.NONE, Concurrency.defaults())
            .refunds(period, organization));
      } catch (SetupException refundsNotSetUp) { // sales do not need the refund documents; say so, and go on
        context.out().println();
        context.out().println("Refunds to residents: not listed. " + refundsNotSetUp.getMessage().lines()
            .filter(line -> line.contains("Document_")).findFirst().orElse(refundsNotSetUp.getMessage()).trim());
      }
      context.out().flush();
      return ExitCodes.SUCCESS;
    }
  }
}
