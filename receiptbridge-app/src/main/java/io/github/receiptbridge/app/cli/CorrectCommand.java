package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code correct}: for each named document whose receipt no longer matches it (audit's amount or payer mismatch), a
 * refund of the old receipt and a new receipt, after the operator decided it.
 */
@Command(name = "correct", description = {"Correct the receipt of each named document that audit reports changed "
    + "after its receipt (AMOUNT_CHANGED or PAYER_CHANGED): a sell_refund of the old receipt, for its total and to "
    + "its buyer, under 1c-<Ref_Key>-c<old id>-refund, and a new sell receipt for the document as it is now, to its "
    + "payer, under 1c-<Ref_Key>-c<old id>; the new receipt's id is written on the document, and the journal "
    + "records that it replaces the old one. A repeat sends nothing new.",
    "Each document is read again and its receipt asked about afresh: one without a success receipt, whose receipt "
        + "matches it, whose operation kind changed or that would not be sent now is refused with the reason; a "
        + "document marked for deletion or unposted needs only a refund receipt (the refund command).",
    "A correction receipt (sell_correction) is not offered: Счетмаш rejects self-initiated corrections and does "
        + "not fiscalize correction receipts."})
public final class CorrectCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Mixin
  private PeriodOptions periodOptions;

  @Mixin
  private WorkOptions work;

  @Option(names = "--document", paramLabel = "<number | Ref_Key>", arity = "1..*",
      description = "A document to correct, by its number as 1C shows it or its Ref_Key; repeat or list several. "
          + "Required: correct never corrects every changed payment.")
  private List<String> documents = new ArrayList<>();

  /** The command in {@code context}. */
  public CorrectCommand(CliContext context) {
    this.context = context;
  }

  /** Corrects; exit code 0 when nothing failed, 1 otherwise, 2 without {@code --document}. */
  @Override
  public Integer call() {
    if (documents.stream().allMatch(String::isBlank)) {
      throw new ConfigurationException("correct needs --document with the number (or the Ref_Key) of each document "
          + "whose receipt audit reports changed; nothing was sent");
    }
    return CommandSession.runPass(context, common, periodOptions, work, SchetmashCheck.FIRST, "Correction",
        (registrar, period, organization) -> registrar.correct(period, organization, documents),
        ExitCodes::forRegister);
  }
}
