package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.RunReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Outcomes and reports for tests of what the app shows. */
public final class Outcomes {
  private Outcomes() {}

  /** An outcome of document {@code number} with {@code action}. */
  public static DocumentOutcome.Builder outcome(String number, Action action) {
    UUID key = UUID.nameUUIDFromBytes(number.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return DocumentOutcome.builder()
        .documentKey(key)
        .number(number)
        .date(LocalDateTime.of(2026, 11, 2, 10, 0))
        .amount(new BigDecimal("1520.40"))
        .externalId("1c-" + key)
        .action(action)
        .dueBy(LocalDate.of(2026, 11, 3))
        .overdue(false);
  }

  /** A report of {@code outcomes}. */
  public static RunReport report(List<DocumentOutcome> outcomes) {
    return RunReport.builder().phase(Phase.RUN).startedAt(Instant.EPOCH).finishedAt(Instant.EPOCH)
        .addAllOutcomes(outcomes).build();
  }
}
