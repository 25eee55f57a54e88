package io.github.receiptbridge.app.cli.output;

import static io.github.receiptbridge.app.cli.Outcomes.outcome;
import static io.github.receiptbridge.app.cli.Outcomes.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {
  private final List<String> events = new ArrayList<>();
  private final ProgressTracker tracker = new ProgressTracker(new ProgressView() {
    @Override
    public void begin(String task, long total) {
      events.add("begin " + task + " " + total);
    }

    @Override
    public void update(long done, long total, Supplier<String> detail) {
      events.add(done + "/" + total + " " + detail.get());
    }

    @Override
    public void end() {
      events.add("end");
    }
  });

  @Test
  void aRegisterPassCountsDocumentsByAction() {
    DocumentOutcome sent = outcome("1", Action.SENT).build();
    DocumentOutcome skipped = outcome("2", Action.SKIPPED).build();

    tracker.started(Phase.REGISTER, OptionalLong.of(2));
    tracker.documentDone(sent);
    tracker.documentDone(skipped);
    tracker.finished(report(List.of(sent, skipped)));
    tracker.close();

    assertThat(events).containsExactly("begin register 2", "1/2 sent 1", "2/2 sent 1, skipped 1",
        "2/2 sent 1, skipped 1", "end");
  }

  @Test
  void statusPollsShareOneTaskCountingSuccessfulReceipts() {
    DocumentOutcome processing = outcome("1", Action.UPDATED).rawStatus("processing").build();
    DocumentOutcome success = outcome("1", Action.UPDATED).rawStatus("success").build();

    tracker.started(Phase.STATUS, OptionalLong.of(10));
    tracker.documentDone(processing);
    tracker.finished(report(List.of(processing)));
    tracker.started(Phase.STATUS, OptionalLong.of(10));
    tracker.documentDone(success);
    tracker.finished(report(List.of(success)));
    tracker.close();

    assertThat(events).containsExactly("begin status -1", "0/-1 success; checked 1", "0/1 success; 1 pending",
        "1/1 success; checked 1", "1/1 success; 0 pending", "end");
  }
}
