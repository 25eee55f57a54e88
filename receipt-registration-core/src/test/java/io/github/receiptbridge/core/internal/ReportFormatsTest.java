package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.LateReceiptFormats;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The report file's bytes: what operators' scripts read, so a refactoring must not change them. */
class ReportFormatsTest {
  private static final UUID SENT = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
  private static final UUID SKIPPED = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

  private static RunReport report() {
    DocumentOutcome sent = DocumentOutcome.builder().documentKey(SENT).number("НФ-000001")
        .date(LocalDateTime.of(2026, 11, 3, 9, 30, 5)).amount(new BigDecimal("1500.50")).externalId("1c-" + SENT)
        .receiptId(42L).rawStatus("queued").action(Action.UPDATED).error("Счетмаш: \"late\", again")
        .dueBy(LocalDate.of(2026, 11, 5)).overdue(true).build();
    DocumentOutcome skipped = DocumentOutcome.builder().documentKey(SKIPPED).number("НФ-000002")
        .date(LocalDateTime.of(2026, 11, 4, 0, 0)).amount(new BigDecimal("1E+3")).externalId("1c-" + SKIPPED)
        .action(Action.SKIPPED).reason(Reason.of(ReasonCode.AMOUNT_NOT_POSITIVE, "-5"))
        .dueBy(LocalDate.of(2026, 11, 6)).overdue(false).requestJson("{}").build();
    return RunReport.builder().phase(Phase.STATUS).startedAt(Instant.parse("2026-11-29T10:00:00Z"))
        .finishedAt(Instant.parse("2026-11-29T10:00:02.5Z")).addOutcomes(sent, skipped).build();
  }

  @Test
  void aStatusThisSdkDoesNotKnowIsUnknownAndKeepsItsText() {
    assertThat(report().outcomes().get(0).status()).contains(ReceiptStatus.UNKNOWN);
    assertThat(report().outcomes().get(0).rawStatus()).contains("queued");
  }

  @Test
  void jsonKeepsItsFieldsOrderAndTheRawStatus() {
    String expected = """
        {
          "phase" : "status",
          "startedAt" : "2026-11-29T10:00:00Z",
          "finishedAt" : "2026-11-29T10:00:02.500Z",
          "totals" : {
            "SENT" : 0,
            "ALREADY_SENT" : 0,
            "SKIPPED" : 1,
            "UPDATED" : 1,
            "FAILED" : 0,
            "PLANNED" : 0,
            "UNKNOWN" : 0,
            "MISMATCH" : 0
          },
          "outcomes" : [ {
            "documentKey" : "0f8fad5b-d9cb-469f-a165-70867728950e",
            "number" : "НФ-000001",
            "date" : "2026-11-03T09:30:05",
            "amount" : 1500.5,
            "externalId" : "1c-0f8fad5b-d9cb-469f-a165-70867728950e",
            "receiptId" : 42,
            "status" : "queued",
            "action" : "UPDATED",
            "reasonCode" : "",
            "error" : "Счетмаш: \\"late\\", again",
            "dueBy" : "2026-11-05",
            "overdue" : true,
            "amountText" : "1500.50"
          }, {
            "documentKey" : "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            "number" : "НФ-000002",
            "date" : "2026-11-04T00:00:00",
            "amount" : 1000,
            "externalId" : "1c-7c9e6679-7425-40de-944b-e07fc1f90ae7",
            "action" : "SKIPPED",
            "reason" : "AMOUNT_NOT_POSITIVE [-5]",
            "reasonCode" : "AMOUNT_NOT_POSITIVE",
            "dueBy" : "2026-11-06",
            "overdue" : false,
            "requestJson" : "{}",
            "amountText" : "1E+3",
            "reasonArguments" : [ "-5" ]
          } ]
        }""";
    assertThat(report().toJson()).isEqualTo(expected.replace("\n", System.lineSeparator()));
  }

  @Test
  void theJsonReadsBackEqualEvenAnAmountOfANegativeScale() {
    assertThat(RunReport.fromJson(report().toJson())).isEqualTo(report());
    assertThat(RunReport.fromJson(report().toJson()).outcomes().get(1).amount()).hasToString("1E+3");
  }

  @Test
  void csvKeepsItsColumnsAndQuoting() {
    assertThat(report().toCsv()).isEqualTo(String.join("\r\n",
        "documentKey,number,date,amount,externalId,receiptId,status,action,reason,reasonCode,error,dueBy,overdue",
        "0f8fad5b-d9cb-469f-a165-70867728950e,НФ-000001,2026-11-03T09:30:05,1500.50,"
            + "1c-0f8fad5b-d9cb-469f-a165-70867728950e,42,queued,UPDATED,,,"
            + "\"Счетмаш: \"\"late\"\", again\",2026-11-05,true",
        "7c9e6679-7425-40de-944b-e07fc1f90ae7,НФ-000002,2026-11-04T00:00,1000,"
            + "1c-7c9e6679-7425-40de-944b-e07fc1f90ae7,,,SKIPPED,AMOUNT_NOT_POSITIVE [-5],AMOUNT_NOT_POSITIVE,,"
            + "2026-11-06,false",
        ""));
  }

  @Test
  void anApplicationWritesTheReasonInItsOwnWordsAndTheCodeStaysAsItIs() {
    String json = report().toJson(reason -> "сумма " + reason.arguments().get(0) + " не больше нуля");
    String csv = report().toCsv(reason -> "сумма " + reason.arguments().get(0) + ", не больше нуля");

    assertThat(json).contains("\"reason\" : \"сумма -5 не больше нуля\"", "\"reasonCode\" : \"AMOUNT_NOT_POSITIVE\"");
    assertThat(csv).contains(",SKIPPED,\"сумма -5, не больше нуля\",AMOUNT_NOT_POSITIVE,");
  }

  private static final LateReceipt LATE = LateReceipt.builder()
      .documentKey(UUID.fromString("4f5c34a0-ba5a-11ee-aad1-0050569f1a01")).number("РМ00-000001, копия")
      .paymentDate(LocalDate.of(2026, 11, 2)).amount(new BigDecimal("1520.40")).dueBy(LocalDate.of(2026, 11, 3))
      .fiscalizedAt(LocalDateTime.of(2026, 11, 6, 12, 0)).receiptId(2).externalId("1c-x")
      .fiscalNumbers(FiscalNumbers.builder().fnNumber("9252440300117773").fiscalDocumentNumber(45211)
          .fiscalSign("3906843070").shiftNumber(48).shiftReceiptNumber(762).build())
      .build();

  @Test
  void theLateReceiptRegisterAsCsvHasOneQuotedLinePerReceiptWithItsDatesAndFiscalNumbers() {
    String csv = LateReceiptFormats.csv(List.of(LATE));

    assertThat(csv.split("\r\n")).containsExactly(
        "documentKey,number,paymentDate,amount,dueBy,fiscalizedAt,daysLate,receiptId,externalId,fnNumber,"
            + "fiscalDocumentNumber,fiscalSign,shiftNumber,shiftReceiptNumber",
        "4f5c34a0-ba5a-11ee-aad1-0050569f1a01,\"РМ00-000001, копия\",2026-11-02,1520.40,2026-11-03,"
            + "2026-11-06T12:00:00,3,2,1c-x,9252440300117773,45211,3906843070,48,762");
  }

  @Test
  void theLateReceiptRegisterAsJsonIsAnArrayWithNumbersAsNumbers() {
    String json = LateReceiptFormats.json(List.of(LATE));

    assertThat(json).startsWith("[").contains("\"daysLate\" : 3", "\"fiscalizedAt\" : \"2026-11-06T12:00:00\"",
        "\"amount\" : 1520.40", "\"fiscalSign\" : \"3906843070\"");
    assertThat(LateReceiptFormats.json(List.of())).isEqualTo("[ ]");
  }
}
