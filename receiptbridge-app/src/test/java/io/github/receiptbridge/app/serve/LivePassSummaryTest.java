package io.github.receiptbridge.app.serve;

import static io.github.receiptbridge.app.cli.Outcomes.outcome;
import static io.github.receiptbridge.app.cli.Outcomes.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's one-line summary of a pass. */
class LivePassSummaryTest {
  @Test
  void countsOutcomesUnknownApartFromErrors() {
    String summary = LivePass.summarize(report(List.of(
        outcome("1", Action.SENT).receiptId(1L).rawStatus("accept").build(),
        outcome("2", Action.FAILED).error("HTTP 400").build(),
        outcome("3", Action.UNKNOWN).error("no answer").build(),
        outcome("4", Action.UNKNOWN).error("no answer").build())));

    assertThat(summary).contains("отправлено 1", "сбоев 1, чеков в статусе «Ошибка» 0, исход неизвестен 2");
  }
}
