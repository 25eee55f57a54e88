package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--not-duplicate", paramLabel = "<number | Ref_Key>", arity = "1..*",
      description = "Send this document although it looks like a duplicate of another (same payment order, amount "
          + "and payer): for a payment you confirmed as separate. By its number as 1C shows it or its Ref_Key; "
          + "repeat or list several.")
  private List<String> notDuplicates = new ArrayList<>();

  /** The command in {@code context}. */
  public RegisterCommand(CliContext context) {
    this.context = context;
  }

  /** Registers; exit code 0 when nothing failed, 1 otherwise. */
  @Override
  public Integer call() {
    return CommandSession.runPass(context, common, periodOptions, work,
        dryRun ? SchetmashCheck.NONE : SchetmashCheck.FIRST, dryRun ? "Dry run" : "Register",
        dryRun ? ReceiptRegistrar::dryRun
            : (registrar, period, organization) -> registrar.register(period, organization, notDuplicates),
        ExitCodes::forRegister);
  }
}
