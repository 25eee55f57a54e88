package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code status}: asks Счетмаш once for every receipt that is not {@code success} yet and writes the answer to 1C. */
@Command(name = "status", description = "Ask Счетмаш for every sent receipt that is not success yet, and write its "
    + "status and check date to 1C.")
public final class StatusCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Mixin
  private PeriodOptions periodOptions;

  @Mixin
  private WorkOptions work;

  /** The command in {@code context}. */
  public StatusCommand(CliContext context) {
    this.context = context;
  }

  /** Checks statuses; exit code 0 when every receipt is {@code success}, 1 otherwise. */
  @Override
  public Integer call() {
    return CommandSession.runPass(context, common, periodOptions, work, SchetmashCheck.FIRST, "Status",
        ReceiptRegistrar::checkStatuses, ExitCodes::forCompletion);
  }
}
