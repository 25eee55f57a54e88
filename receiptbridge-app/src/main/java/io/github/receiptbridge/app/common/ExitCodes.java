package io.github.receiptbridge.app.common;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunReport;
import java.util.EnumSet;
import java.util.Set;

/**
 * The app's exit codes, and the code a finished run ends with. {@code 0}: everything eligible is done; {@code 1}: some
 * documents failed or are still pending (the next run picks them up safely), or wait for a person; {@code 2}: usage or configuration error,
 * found before anything was sent; {@code 3}: authentication, connection or 1C setup error.
 */
public final class ExitCodes {
  /** Everything eligible is done. */
  public static final int SUCCESS = 0;
  /** Some documents failed or are pending. */
  public static final int INCOMPLETE = 1;
  /** The command line or the configuration is wrong. */
  public static final int USAGE = 2;
  /** A service refused the credentials, cannot be reached, or 1C lacks what the workflow needs. */
  public static final int SETUP = 3;

  private ExitCodes() {}

  /** The skip reasons that leave a document waiting for a person, so a run with one is not done. */
  private static final Set<ReasonCode> FOR_A_PERSON =
      EnumSet.of(ReasonCode.RECEIPT_ID_UNKNOWN, ReasonCode.POSSIBLE_DUPLICATE);

  /**
   * After {@code register} or a dry run: 0 when nothing failed, no outcome is unknown and no document waits for a
   * person.
   */
  public static int forRegister(RunReport report) {
    return report.isClean() && waitingForAPerson(report) == 0 ? SUCCESS : INCOMPLETE;
  }

  /**
   * After {@code run} or {@code status}: 0 when every document that was not skipped has a successful receipt and no
   * skipped one waits for a person.
   */
  public static int forCompletion(RunReport report) {
    boolean complete = report.isClean() && waitingForAPerson(report) == 0 && report.outcomes().stream()
        .filter(outcome -> outcome.action() != Action.SKIPPED)
        .allMatch(ExitCodes::successful);
    return complete ? SUCCESS : INCOMPLETE;
  }

  /**
   * How many documents wait for a person: a receipt id in 1C that Счетмаш does not know, or a possible duplicate of
   * another document.
   */
  public static long waitingForAPerson(RunReport report) {
    return report.outcomes().stream()
        .filter(outcome -> outcome.reasonCode().filter(FOR_A_PERSON::contains).isPresent()).count();
  }

  private static boolean successful(DocumentOutcome outcome) {
    return outcome.status().filter(ReceiptStatus.SUCCESS::equals).isPresent();
  }
}
