package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.WorkingCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lateness rule: the fiscal date after the due day, the next working day after the payment. */
class LateReceiptsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
  private static final FiscalNumbers NUMBERS = FiscalNumbers.builder().fnNumber("9252440300117773")
      .fiscalDocumentNumber(45211).fiscalSign("3906843070").shiftNumber(48).shiftReceiptNumber(762).build();
  /** Monday to Friday with Monday 9 March 2026 a holiday. */
  private static final WorkingCalendar CALENDAR = WorkingCalendar.of(Set.of(LocalDate.of(2026, 3, 9)), Set.of());

  private static JournalEntry.Builder entry(String number, LocalDate paid) {
    UUID document = UUID.nameUUIDFromBytes(number.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return JournalEntry.builder().organization(UUID.fromString("a1b2c3d4-0000-11ee-8c3a-0050569f1a01"))
        .documentKey(document).number(number).date(paid.atTime(10, 0)).amount(new BigDecimal("1520.40"))
        .paymentKey("order|" + number).externalId("1c-" + document).shopId(42).sendingAt(CLOCK.instant())
        .receiptId(7).status("success").fiscalNumbers(NUMBERS);
  }

  private static Optional<LateReceipt> fiscalizedAt(LocalDate paid, LocalDateTime at) {
    return LateReceipts.late(entry("РМ00-000001", paid).fiscalizedAt(at).build(), CALENDAR);
  }

  @Test
  void aReceiptFiscalizedOnItsDueDayIsNotLateEvenJustBeforeMidnight() {
    LocalDate wednesday = LocalDate.of(2026, 3, 4);

    assertThat(fiscalizedAt(wednesday, LocalDateTime.of(2026, 3, 5, 23, 59, 59))).isEmpty();
    assertThat(fiscalizedAt(wednesday, LocalDateTime.of(2026, 3, 4, 18, 0))).isEmpty();
  }

  @Test
  void aReceiptFiscalizedTheDayAfterItsDueDayIsOneDayLate() {
    LateReceipt late = fiscalizedAt(LocalDate.of(2026, 3, 4), LocalDateTime.of(2026, 3, 6, 0, 0)).orElseThrow();

    assertThat(late.paymentDate()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(late.dueBy()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(late.fiscalDate()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(late.daysLate()).isEqualTo(1);
    assertThat(late.receiptId()).isEqualTo(7);
    assertThat(late.fiscalNumbers()).isEqualTo(NUMBERS);
  }

  @Test
  void aPaymentBeforeAWeekendAndAHolidayIsDueOnTheFollowingWorkingDay() {
    LocalDate friday = LocalDate.of(2026, 3, 6); // Saturday, Sunday and the Monday holiday follow

    assertThat(fiscalizedAt(friday, LocalDateTime.of(2026, 3, 10, 20, 0))).isEmpty();
    LateReceipt late = fiscalizedAt(friday, LocalDateTime.of(2026, 3, 13, 9, 0)).orElseThrow();
    assertThat(late.dueBy()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(late.daysLate()).as("calendar days, the weekend included").isEqualTo(3);
  }

  @Test
  void theRussianCalendarMovesTheDueDayPastNationalUnityDay() {
    LocalDate tuesday = LocalDate.of(2026, 11, 3); // Wednesday 4 November is a public holiday
    JournalEntry fiscalizedOnThe5th = entry("РМ00-000002", tuesday)
        .fiscalizedAt(LocalDateTime.of(2026, 11, 5, 11, 0)).build();

    assertThat(LateReceipts.late(fiscalizedOnThe5th, WorkingCalendar.russian())).isEmpty();
    assertThat(LateReceipts.late(fiscalizedOnThe5th, WorkingCalendar.weekdays())).hasValueSatisfying(late ->
        assertThat(late.dueBy()).isEqualTo(LocalDate.of(2026, 11, 4)));
  }

  @Test
  void theDueDayRecordedWhenTheReceiptWasSentWinsOverTheCalendarOfToday() {
    JournalEntry recorded = entry("РМ00-000003", LocalDate.of(2026, 3, 4)).dueBy(LocalDate.of(2026, 3, 10))
        .fiscalizedAt(LocalDateTime.of(2026, 3, 10, 12, 0)).build();

    assertThat(LateReceipts.late(recorded, CALENDAR)).isEmpty();
  }

  @Test
  void aReceiptNotFiscalizedYetIsNotListed() {
    JournalEntry accepted = JournalEntry.builder().from(entry("РМ00-000004", LocalDate.of(2026, 3, 2)).build())
        .status("accept").fiscalNumbers(Optional.empty()).build();

    assertThat(LateReceipts.find(List.of(accepted), CALENDAR)).isEmpty();
  }

  @Test
  void lateReceiptsAreListedByPaymentDateThenNumber() {
    List<LateReceipt> late = LateReceipts.find(List.of(
        entry("РМ00-000012", LocalDate.of(2026, 3, 3)).fiscalizedAt(LocalDateTime.of(2026, 3, 12, 9, 0)).build(),
        entry("РМ00-000011", LocalDate.of(2026, 3, 3)).fiscalizedAt(LocalDateTime.of(2026, 3, 12, 9, 0)).build(),
        entry("РМ00-000010", LocalDate.of(2026, 3, 2)).fiscalizedAt(LocalDateTime.of(2026, 3, 12, 9, 0)).build(),
        entry("РМ00-000013", LocalDate.of(2026, 3, 11)).fiscalizedAt(LocalDateTime.of(2026, 3, 12, 9, 0)).build()),
        CALENDAR);

    assertThat(late).extracting(LateReceipt::number).containsExactly("РМ00-000010", "РМ00-000011", "РМ00-000012");
  }

  @Test
  void aLateReceiptCannotBeBuiltForAReceiptInTime() {
    assertThatThrownBy(() -> LateReceipt.builder().documentKey(UUID.randomUUID()).number("1")
        .paymentDate(LocalDate.of(2026, 3, 4)).amount(BigDecimal.ONE).dueBy(LocalDate.of(2026, 3, 5))
        .fiscalizedAt(LocalDateTime.of(2026, 3, 5, 23, 0)).receiptId(1).externalId("1c-x").fiscalNumbers(NUMBERS)
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-03-05");
  }
}
