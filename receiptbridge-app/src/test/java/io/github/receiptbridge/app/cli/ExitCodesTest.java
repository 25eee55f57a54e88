package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.ExitCodes;

import static io.github.receiptbridge.app.cli.Outcomes.outcome;
import static io.github.receiptbridge.app.cli.Outcomes.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
  private final DocumentOutcome success = outcome("1", Action.SENT).receiptId(1L).rawStatus("success").build();
  private final DocumentOutcome accepted = outcome("2", Action.SENT).receiptId(2L).rawStatus("accept").build();
  private final DocumentOutcome skipped = outcome("3", Action.SKIPPED).reason(Reason.of(ReasonCode.NOT_POSTED)).build();
  private final DocumentOutcome failed = outcome("4", Action.FAILED).error("timeout").build();

  @Test
  void registerSucceedsWhenNothingFailed() {
    assertThat(ExitCodes.forRegister(report(List.of(success, accepted, skipped)))).isEqualTo(ExitCodes.SUCCESS);
    assertThat(ExitCodes.forRegister(report(List.of(success, failed)))).isEqualTo(ExitCodes.INCOMPLETE);
  }

  @Test
  void aRunSucceedsWhenEveryEligibleDocumentIsSuccessful() {
    assertThat(ExitCodes.forCompletion(report(List.of(success, skipped)))).isEqualTo(ExitCodes.SUCCESS);
    assertThat(ExitCodes.forCompletion(report(List.of(success, accepted)))).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(ExitCodes.forCompletion(report(List.of(success, failed)))).isEqualTo(ExitCodes.INCOMPLETE);
  }
}
