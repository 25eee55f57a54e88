package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which statuses are still in flight, decided in one place, and what an outcome makes of it. */
class ReceiptStatusTest {
  private static DocumentOutcome.Builder outcome(Action action) {
    return DocumentOutcome.builder().documentKey(UUID.randomUUID()).number("1")
        .date(LocalDateTime.of(2026, 11, 2, 10, 0)).amount(BigDecimal.TEN).externalId("1c-x").action(action)
        .dueBy(LocalDate.of(2026, 11, 3)).overdue(false);
  }

  @Test
  void onlySuccessAndErrorAreNotInFlightAndAStatusThisSdkDoesNotKnowIs() {
    assertThat(ReceiptStatus.values()).filteredOn(ReceiptStatus::isInFlight)
        .containsExactly(ReceiptStatus.ACCEPT, ReceiptStatus.PROCESSING, ReceiptStatus.UNKNOWN);
    assertThat(ReceiptStatus.fromWire("queued")).isEqualTo(ReceiptStatus.UNKNOWN);
    assertThat(ReceiptStatus.fromWire(null)).isEqualTo(ReceiptStatus.UNKNOWN);
    assertThat(ReceiptStatus.fromWire("")).isEqualTo(ReceiptStatus.UNKNOWN);
    for (ReceiptStatus status : ReceiptStatus.values()) {
      if (status != ReceiptStatus.UNKNOWN) {
        assertThat(ReceiptStatus.fromWire(status.wireValue())).isEqualTo(status);
      }
    }
  }

  @Test
  void anOutcomeIsInFlightWhileItsReceiptIsNeitherSuccessNorErrorUnlessItWasSkipped() {
    assertThat(outcome(Action.SENT).receiptId(5L).rawStatus("accept").build().isInFlight()).isTrue();
    assertThat(outcome(Action.UPDATED).receiptId(5L).rawStatus("queued").build().isInFlight()).isTrue();
    assertThat(outcome(Action.FAILED).receiptId(5L).build().isInFlight()).as("status not known yet").isTrue();
    assertThat(outcome(Action.UPDATED).receiptId(5L).rawStatus("success").build().isInFlight()).isFalse();
    assertThat(outcome(Action.UPDATED).receiptId(5L).rawStatus("error").build().isInFlight()).isFalse();
    assertThat(outcome(Action.SKIPPED).receiptId(5L).build().isInFlight()).as("an id the service does not know")
        .isFalse();
    assertThat(outcome(Action.FAILED).build().isInFlight()).as("no receipt").isFalse();
  }
}
