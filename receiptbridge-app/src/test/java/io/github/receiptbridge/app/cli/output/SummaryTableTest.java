package io.github.receiptbridge.app.cli.output;

import static io.github.receiptbridge.app.cli.Outcomes.outcome;
import static io.github.receiptbridge.app.cli.Outcomes.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTableTest {
  @Test
  void countsActionsSkipsByReasonCodeStatusesAndOverdue() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SummaryTable(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print("Run", report(List.of(
        outcome("1", Action.SENT).receiptId(1L).rawStatus("success").build(),
        outcome("2", Action.SENT).receiptId(2L).rawStatus("processing").overdue(true).build(),
        outcome("3", Action.ALREADY_SENT).receiptId(3L).rawStatus("error").error("Счетмаш: ФН переполнен").build(),
        outcome("4", Action.SKIPPED).reason(Reason.of(ReasonCode.AMOUNT_NOT_POSITIVE, "0")).build(),
        outcome("5", Action.SKIPPED).reason(Reason.of(ReasonCode.AMOUNT_NOT_POSITIVE, "-5")).build(),
        outcome("6", Action.SKIPPED).reason(Reason.of(ReasonCode.MARKED_FOR_DELETION)).build(),
        outcome("7", Action.FAILED).error("timeout").build())));

    String text = bytes.toString(StandardCharsets.UTF_8);

    assertThat(text).containsPattern("documents\\s+7\\n").containsPattern("\\nsent\\s+2\\n")
        .containsPattern("already sent\\s+1\\n").containsPattern("\\nskipped\\s+3\\n")
        .containsPattern("skipped: amount not above zero\\s+2\\n")
        .containsPattern("skipped: marked for deletion\\s+1\\n")
        .containsPattern("failed\\s+1\\n").containsPattern("receipts success\\s+1\\n")
        .containsPattern("receipts error\\s+1\\n").containsPattern("receipts pending \\(accept, processing\\)\\s+1\\n")
        .containsPattern("overdue \\(due day passed without success\\)\\s+1\\n");
    assertThat(text).contains("Problems:", "№ 3 of 2026-11-02: Счетмаш: ФН переполнен", "№ 7 of 2026-11-02: timeout");
    assertThat(text.indexOf("skipped: amount not above zero"))
        .isLessThan(text.indexOf("skipped: marked for deletion"));
  }

  @Test
  void countsOutcomesUnknownApartFromFailures() {
    Map<String, Long> lines = SummaryTable.lines(report(List.of(
        outcome("1", Action.FAILED).error("HTTP 400").build(),
        outcome("2", Action.UNKNOWN).error("no answer").build(),
        outcome("3", Action.UNKNOWN).error("no answer").build())));

    assertThat(lines).containsEntry("failed", 1L).containsEntry("outcome unknown (settled by the next run)", 2L);
    assertThat(List.copyOf(lines.keySet()).indexOf("outcome unknown (settled by the next run)"))
        .isEqualTo(List.copyOf(lines.keySet()).indexOf("failed") + 1);
  }

  @Test
  void aRefusedRefundIsListedWithItsDocumentAndWhy() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SummaryTable(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print("Refund", report(List.of(
        outcome("РМ00-000001", Action.SKIPPED)
            .reason(Reason.of(ReasonCode.REFUND_PAYMENT_NOT_FISCALIZED, "РМ00-000104", "", "")).build())));

    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Not refunded:",
        "№ РМ00-000001 of 2026-11-02: payment РМ00-000104 has no receipt");
  }
}
