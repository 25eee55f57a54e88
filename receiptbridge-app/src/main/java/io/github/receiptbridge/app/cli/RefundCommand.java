package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code refund}: sends the «возврат прихода» receipt of one refund to a resident, against the payment the operator
 * names, after checking it in the «Refunds to residents» section of {@code fill}.
 */
@Command(name = "refund", description = {"Send the «возврат прихода» (sell_refund) receipt of one refund to a "
    + "resident («Списание с расчетного счета», ВозвратПокупателю) against the payment it returns. Check the pair "
    + "in the 'Refunds to residents' section of fill first.",
    "The receipt is for the refund's amount, to the contact the payment's receipt went to, with the sale's item "
        + "settings, under 1c-<refund Ref_Key>-refund; its id, date and status are written on the refund document. "
        + "Refused with the reason: a refund that has a receipt already (its status is asked and written instead), "
        + "a payment without a success receipt, more than the payment's receipt minus earlier refunds, a payment "
        + "the refund does not name when it names another."})
public final class RefundCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Mixin
  private PeriodOptions periodOptions;

  @Mixin
  private WorkOptions work;

  @Option(names = "--document", paramLabel = "<number | Ref_Key>", required = true,
      description = "The refund document of the period, by its number as 1C shows it or its Ref_Key.")
  private String document;

  @Option(names = "--payment", paramLabel = "<number | Ref_Key>", required = true,
      description = "The payment it returns, by number or Ref_Key, in the period or the 12 months before it.")
  private String payment;

  /** The command in {@code context}. */
  public RefundCommand(CliContext context) {
    this.context = context;
  }

  /** Sends; exit code 0 when nothing failed, 1 otherwise. */
  @Override
  public Integer call() {
    return CommandSession.runPass(context, common, periodOptions, work, SchetmashCheck.FIRST, "Refund",
        (registrar, period, organization) -> registrar.refund(period, organization, document, payment),
        ExitCodes::forRegister);
  }
}
