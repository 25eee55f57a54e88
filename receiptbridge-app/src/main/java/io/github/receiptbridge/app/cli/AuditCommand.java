package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code audit}: compares every receipt of the period (by default the last 13 months) with its document, and the
 * receipt journal's receipts of the period with what 1C holds now, and lists the mismatches; writes nothing to 1C
 * and sends no receipt.
 */
@Command(name = "audit", description = "Compare every receipt of the period with the books: list as MISMATCH each "
    + "receipt whose total is not its document's amount, and each document with a receipt that is now marked for "
    + "deletion or unposted, or whose operation kind or payer changed since (it needs a refund or correction "
    + "receipt, which a person decides); then each receipt the receipt journal holds for the period whose document "
    + "is deleted from 1C or re-dated out of the period. Without --from and --to: the last 13 months. Writes nothing "
    + "to 1C, sends no receipt.")
public final class AuditCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Mixin
  private AuditPeriodOptions periodOptions;

  @Mixin
  private WorkOptions work;

  /** The command in {@code context}. */
  public AuditCommand(CliContext context) {
    this.context = context;
  }

  /** Audits; exit code 0 when every receipt agrees with its document, 1 otherwise. */
  @Override
  public Integer call() {
    return CommandSession.runPass(context, common, periodOptions.periodOptions(), work, SchetmashCheck.FIRST, "Audit", ReceiptRegistrar::audit,
        ExitCodes::forRegister);
  }
}
