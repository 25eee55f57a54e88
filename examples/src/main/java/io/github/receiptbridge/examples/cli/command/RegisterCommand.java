package io.github.receiptbridge.examples.cli.command;

import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.examples.cli.CliContext;
import io.github.receiptbridge.examples.cli.ExitCodes;
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
    return CommandSession.runPass(context, common, periodOptions, work, !dryRun, dryRun ? "Dry run" : "Register",
        dryRun ? ReceiptRegistrar::dryRun : ReceiptRegistrar::register, ExitCodes::forRegister);
  }
}
