package io.github.receiptbridge.examples.cli;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.schetmash.model.ReceiptStatus;

/**
 * The app's exit codes, and the code a finished run ends with. {@code 0}: everything eligible is done; {@code 1}: some
 * documents failed or are still pending (the next run picks them up safely); {@code 2}: usage or configuration error,
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

  /** After {@code register} or a dry run: 0 when nothing failed and no outcome is unknown. */
  public static int forRegister(RunReport report) {
    return report.isClean() ? SUCCESS : INCOMPLETE;
  }

  /** After {@code run} or {@code status}: 0 when every document that was not skipped has a successful receipt. */
  public static int forCompletion(RunReport report) {
    boolean complete = report.isClean() && report.outcomes().stream()
        .filter(outcome -> outcome.action() != Action.SKIPPED)
        .allMatch(ExitCodes::successful);
    return complete ? SUCCESS : INCOMPLETE;
  }

  private static boolean successful(DocumentOutcome outcome) {
    return outcome.status().filter(ReceiptStatus.SUCCESS::equals).isPresent();
  }
}
