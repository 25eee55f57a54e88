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
 * {@code reissue}: sends a new receipt for each named document whose receipt Счетмаш finally rejected, after the
 * operator has confirmed that in the Счетмаш cabinet.
 */
@Command(name = "reissue", description = {"Send a new receipt for each named document whose receipt is finally "
    + "rejected. First confirm in the Счетмаш cabinet that the receipt is finally rejected: an 'error' is not always "
    + "final, a retried cash-register error can still turn it into success, and re-issuing it then fiscalizes the "
    + "payment twice.",
    "Each document is read again: one that is deleted, unposted, of another operation kind, paid by an organization "
        + "or without a contact is refused with the reason; then Счетмаш is asked again, and a receipt that is not "
        + "'error' any more is refused and its status written to 1C. Nothing else (register, status, run) ever "
        + "re-issues."})
public final class ReissueCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  private CommonOptions common;

  @Mixin
  private PeriodOptions periodOptions;

  @Mixin
  private WorkOptions work;

  @Option(names = "--document", paramLabel = "<number | Ref_Key>", arity = "1..*",
      description = "A document to re-issue, by its number as 1C shows it or its Ref_Key; repeat or list several. "
          + "Required: reissue never re-issues every rejected receipt.")
  private List<String> documents = new ArrayList<>();

  /** The command in {@code context}. */
  public ReissueCommand(CliContext context) {
    this.context = context;
  }

  /** Re-issues; exit code 0 when nothing failed, 1 otherwise, 2 without {@code --document}. */
  @Override
  public Integer call() {
    if (documents.stream().allMatch(String::isBlank)) {
      throw new ConfigurationException("reissue needs --document with the number (or the Ref_Key) of each document "
          + "to re-issue, after you confirmed in the Счетмаш cabinet that its receipt is finally rejected; nothing "
          + "was sent");
    }
    return CommandSession.runPass(context, common, periodOptions, work, SchetmashCheck.FIRST, "Re-issue",
        (registrar, period, organization) -> registrar.reissue(period, organization, documents),
        ExitCodes::forRegister);
  }
}
