package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.RunReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassHistoryTest {
  private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");
  private static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29));

  private static LivePass finished(long id) {
    LivePass pass = new LivePass(id, PassRequest.scheduled("uk", PassKind.REGISTER_AND_STATUS, PERIOD), AT);
    pass.finish(RunReport.builder().phase(Phase.RUN).startedAt(AT).finishedAt(AT).build(), AT);
    return pass;
  }

  @Test
  void keepsTheNewestPassesAndTheReportsOfOnlyTheNewestFewWhileARunningPassStays() {
    PassHistory history = new PassHistory(5, 2);
    LivePass running = new LivePass(1, new PassRequest("tsj", PassKind.REGISTER, PERIOD, List.of(), "сеанс 1"), AT);
    history.add(running);
    for (long id = 2; id <= 9; id++) {
      history.add(finished(id));
    }

    List<PassRecord> kept = history.newest(100);

    assertThat(kept).extracting(PassRecord::id).containsExactly(9L, 8L, 7L, 6L, 1L);
    assertThat(kept).filteredOn(pass -> pass.report().isPresent()).extracting(PassRecord::id)
        .containsExactly(9L, 8L);
    assertThat(kept).filteredOn(pass -> pass.id() == 7L).singleElement()
        .satisfies(pass -> assertThat(pass.summary()).startsWith("документов 0"));
    assertThat(history.find(1)).map(PassRecord::state).contains(PassState.RUNNING);
  }

  @Test
  void refusesBoundsThatKeepNothing() {
    assertThatThrownBy(() -> new PassHistory(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PassHistory(5, 6)).isInstanceOf(IllegalArgumentException.class);
  }
}
