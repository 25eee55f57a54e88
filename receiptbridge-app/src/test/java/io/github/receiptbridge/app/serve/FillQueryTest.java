package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.RefundDocument;
import io.github.receiptbridge.core.RefundMatch;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.PayerRef;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FillQueryTest {
  private static final FillRow IVANOV = row("00012", "2026-11-03T10:15", "1520.40", "Иванов Иван Иванович");
  private static final FillRow PETROVA = row("00007", "2026-11-01T09:00", "980.00", "Петрова Алёна");
  private static final FillRow NO_PAYER = FillRow.builder().from(row("01520", "2026-11-02T12:00", "15.20", "x"))
      .payerName(Optional.empty()).build();
  private static final List<FillRow> ROWS = List.of(PETROVA, NO_PAYER, IVANOV);

  @Test
  void aSearchFindsARowByAPartOfItsNumber() {
    assertThat(matching(FillQuery.firstPage().searching("0001"))).containsExactly(IVANOV);
  }

  @Test
  void aSearchFindsARowByAPartOfThePayerIgnoringCaseAndYo() {
    assertThat(matching(FillQuery.firstPage().searching("иванОВ"))).containsExactly(IVANOV);
    assertThat(matching(FillQuery.firstPage().searching("алена"))).containsExactly(PETROVA);
  }

  @Test
  void aSearchFindsARowByItsAmountWrittenWithACommaADotOrSpaces() {
    assertThat(matching(FillQuery.firstPage().searching("1520,40"))).containsExactly(IVANOV);
    assertThat(matching(FillQuery.firstPage().searching("1 520.4"))).containsExactly(IVANOV);
    assertThat(matching(FillQuery.firstPage().searching("980"))).containsExactly(PETROVA);
  }

  @Test
  void anAmountMatchesOnlyWholeWhileANumberMatchesByAPart() {
    assertThat(matching(FillQuery.firstPage().searching("15,20"))).containsExactly(NO_PAYER);
    assertThat(matching(FillQuery.firstPage().searching("1520"))).containsExactly(NO_PAYER);
  }

  @Test
  void aBlankSearchIsNone() {
    assertThat(FillQuery.firstPage().searching("   ").search()).isEmpty();
    assertThat(matching(FillQuery.firstPage().searching(" "))).hasSize(3);
  }

  @Test
  void theMismatchFilterKeepsTheRowsTheLastAuditFound() {
    DocumentOutcome mismatch = DocumentOutcome.builder().documentKey(IVANOV.documentKey()).number(IVANOV.number())
        .date(IVANOV.date()).amount(IVANOV.amount()).externalId(IVANOV.externalId()).action(Action.MISMATCH)
        .reason(Reason.of(ReasonCode.AMOUNT_CHANGED, "5012", "1500.00", "1520.40")).dueBy(IVANOV.dueBy())
        .overdue(false).build();
    RowFacts facts = RowFacts.of(new AuditFindings(Optional.of(7L), Optional.empty(),
        Map.of(IVANOV.documentKey(), mismatch)), List.of());

    assertThat(matching(FillQuery.firstPage().knowing(facts).marked(RowMark.MISMATCH))).containsExactly(IVANOV);
    assertThat(RowMark.of(PETROVA, facts)).isEmpty();
  }

  @Test
  void theRefundFilterKeepsThePaymentsARefundOfThePeriodReturns() {
    RowFacts facts = RowFacts.of(AuditFindings.none(), List.of(refundOf(PETROVA), refundOf(null)));

    assertThat(matching(FillQuery.firstPage().knowing(facts).marked(RowMark.REFUNDED))).containsExactly(PETROVA);
  }

  @Test
  void theLateAndDuplicateFiltersKeepTheirRows() {
    FillRow late = FillRow.builder().from(PETROVA).overdue(true).build();
    FillRow duplicate = FillRow.builder().from(IVANOV).action(PlannedAction.SKIP)
        .skipReason(Reason.of(ReasonCode.POSSIBLE_DUPLICATE, "00011", "2026-11-03", "", "", "", "")).build();
    List<FillRow> rows = List.of(late, NO_PAYER, duplicate);

    assertThat(rows.stream().filter(FillQuery.firstPage().marked(RowMark.LATE)::matches)).containsExactly(late);
    assertThat(rows.stream().filter(FillQuery.firstPage().marked(RowMark.POSSIBLE_DUPLICATE)::matches))
        .containsExactly(duplicate);
  }

  @Test
  void theFourArgumentQuerySearchesNothingAndKnowsNothing() {
    FillQuery query = new FillQuery(2, 50, Optional.empty(), Optional.of(PlannedAction.SEND));

    assertThat(query.search()).isEmpty();
    assertThat(query.mark()).isEmpty();
    assertThat(query.sort()).isEmpty();
    assertThat(query.facts()).isEqualTo(RowFacts.none());
  }

  private static List<FillRow> matching(FillQuery query) {
    return ROWS.stream().filter(query::matches).toList();
  }

  private static RefundRow refundOf(FillRow payment) {
    RefundDocument refund = RefundDocument.builder().key(UUID.randomUUID())
        .organizationKey(UUID.fromString("11111111-1111-1111-1111-111111111111")).number("В-1")
        .date(LocalDateTime.of(2026, 11, 30, 10, 0)).amount(new BigDecimal("100.00")).paymentPurpose("Возврат")
        .payer(PayerRef.of(UUID.fromString("22222222-2222-2222-2222-222222222222"))).build();
    RefundRow.Builder row = RefundRow.builder().refund(refund).savedState(SavedState.empty())
        .externalId("1c-x-refund").match(payment == null ? RefundMatch.NONE : RefundMatch.NAMED)
        .refunded(BigDecimal.ZERO);
    if (payment != null) {
      row.paymentKey(payment.documentKey());
    }
    return row.build();
  }

  /** A document to send, number {@code number}, of {@code date}, {@code amount}, paid by {@code payer}. */
  static FillRow row(String number, String date, String amount, String payer) {
    UUID key = UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8));
    LocalDateTime at = LocalDateTime.parse(date);
    return FillRow.builder().documentKey(key).organizationKey(key).number(number).date(at)
        .amount(new BigDecimal(amount)).paymentPurpose("Оплата ЖКУ").operationKind("ОплатаПокупателя").posted(true)
        .deletionMark(false).payerName(payer).externalId("1c-" + key).dueBy(at.toLocalDate().plusDays(1))
        .overdue(false).action(PlannedAction.SEND).savedState(SavedState.empty()).build();
  }
}
