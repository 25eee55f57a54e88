package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunReport;
import java.util.OptionalLong;

/**
 * The numbers of a pass's report the gauges and the history keep, each only when the pass looked at it: receipts in
 * {@code error} (a pass that checked statuses), mismatches (an audit only, so a status pass does not reset what the
 * last audit found) and possible duplicates (a pass that registered).
 *
 * @param errors receipts whose status is {@code error}, when the pass checked statuses
 * @param mismatches documents whose receipt does not match 1C, when the pass was an audit
 * @param possibleDuplicates documents skipped as {@link ReasonCode#POSSIBLE_DUPLICATE}, when the pass registered
 */
record PassCounts(OptionalLong errors, OptionalLong mismatches, OptionalLong possibleDuplicates) {
  /** Nothing counted. */
  static final PassCounts NONE = new PassCounts(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());

  /** The counts of {@code report}, by what its phase looked at. */
  static PassCounts of(RunReport report) {
    Phase phase = report.phase();
    boolean registers = phase == Phase.REGISTER || phase == Phase.RUN;
    boolean checks = phase == Phase.STATUS || phase == Phase.RUN || phase == Phase.AUDIT;
    return new PassCounts(
        checks ? OptionalLong.of(errors(report)) : OptionalLong.empty(),
        phase == Phase.AUDIT ? OptionalLong.of(report.mismatches().size()) : OptionalLong.empty(),
        registers ? OptionalLong.of(report.outcomes().stream().filter(PassCounts::possibleDuplicate).count())
            : OptionalLong.empty());
  }

  /** The receipts of {@code report} whose status is {@code error}. */
  static long errors(RunReport report) {
    return report.outcomes().stream()
        .filter(outcome -> outcome.status().filter(status -> status == ReceiptStatus.ERROR).isPresent()).count();
  }

  private static boolean possibleDuplicate(DocumentOutcome outcome) {
    return outcome.action() == Action.SKIPPED
        && outcome.reasonCode().filter(code -> code == ReasonCode.POSSIBLE_DUPLICATE).isPresent();
  }
}
