package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.testkit.InProcessCli;
import org.junit.jupiter.api.Test;

/** {@code fill} and {@code --dry-run} on the in-process sandbox: they show everything and send nothing. */
class FillAndDryRunTest {
  @Test
  void fillListsTheDocumentsLikeThe1cForm() {
    InProcessCli.Result result = CliRunner.runOnSandbox("fill");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Bank receipts of 7701234567")
        .containsPattern("date\\s+number\\s+amount\\s+payer\\s+payer kind\\s+contact\\s+operation kind\\s+status"
            + "\\s+receipt\\s+action")
        .contains("send", "skip: not posted", "skip: marked for deletion")
        .containsPattern("organization\\s+\\S+@\\S+\\s+ОплатаПокупателя\\s+skip: payer is an organization")
        .containsPattern("ВозвратОтПоставщика\\s+skip: operation kind ВозвратОтПоставщика is not in RECEIPT_OPERATION_KINDS \\(ОплатаПокупателя\\)")
        .containsPattern("\\d+ documents: \\d+ to send, 0 already sent, \\d+ skipped; \\d+ overdue");
  }

  @Test
  void aDryRunPlansReceiptsAndSendsNothing() {
    InProcessCli.Result result = CliRunner.runOnSandbox("register", "--dry-run", "--concurrency", "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("would be sent \\(dry run\\)\\s+\\d+").containsPattern("\\nsent\\s+0\\n");
  }

  @Test
  void aConcurrencyBelowOneIsAUsageError() {
    InProcessCli.Result result = CliRunner.runOnSandbox("register", "--concurrency", "0");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--concurrency must be at least 1");
  }
}
