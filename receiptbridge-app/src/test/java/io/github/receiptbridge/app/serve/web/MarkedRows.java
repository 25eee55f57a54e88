package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.AuditFindings;
import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptDetails;
import io.github.receiptbridge.core.RefundDocument;
import io.github.receiptbridge.core.RefundMatch;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.SavedState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo rows of «УК Ромашка» ({@link FakeServiceConsole#demoRows}) with every finding the table shows: UK-00013's
 * receipt rejected with a Счетмаш error text, UK-00005 fiscalized with its numbers and QR text, UK-00010 fiscalized
 * with an OFD link and returned by a refund, UK-00002 found mismatched by the last audit, and two documents to send
 * dated in the future and more than a month before «today» (29.11.2026, the fake's default period's end).
 */
final class MarkedRows {
  static final String ERROR_TEXT = "Касса отклонила чек: ИНН организации не совпадает с регистрацией ККТ";
  static final String QR = "t=20261106T1200&s=1035.40&fn=9960440300123456&i=45211&fp=3412577895&n=1";
  static final String OFD_LINK = "https://check.ofd.ru/rec/7701234567/9960440300123456/45212/3412577896";

  private MarkedRows() {}

  /** The rows. */
  static List<FillRow> rows() {
    List<FillRow> rows = new ArrayList<>(FakeServiceConsole.demoRows(40, "uk"));
    rows.set(12, FillRow.builder().from(rows.get(12))
        .receiptDetails(ReceiptDetails.builder().errorMessage(ERROR_TEXT).build()).build());
    rows.set(4, FillRow.builder().from(rows.get(4)).receiptDetails(ReceiptDetails.builder()
        .fiscalizedAt(LocalDateTime.of(2026, 11, 6, 12, 0, 3)).checkLink(QR)
        .fiscalNumbers(FiscalNumbers.builder().fnNumber("9960440300123456").fiscalDocumentNumber(45211)
            .fiscalSign("3412577895").shiftNumber(48).shiftReceiptNumber(762).build()).build()).build());
    rows.set(9, FillRow.builder().from(rows.get(9)).receiptDetails(ReceiptDetails.builder()
        .fiscalizedAt(LocalDateTime.of(2026, 11, 11, 12, 0)).checkLink(OFD_LINK).build()).build());
    rows.add(toSend("UK-F0001", LocalDateTime.of(2026, 12, 5, 9, 0), "700.00"));
    rows.add(toSend("UK-O0001", LocalDateTime.of(2026, 10, 15, 9, 0), "800.00"));
    return rows;
  }

  /** The last audit: UK-00002's receipt is for another amount. */
  static AuditFindings findings() {
    FillRow row = FakeServiceConsole.row("uk", 2);
    DocumentOutcome mismatch = DocumentOutcome.builder().documentKey(row.documentKey()).number(row.number())
        .date(row.date()).amount(row.amount()).externalId(row.externalId()).action(Action.MISMATCH)
        .reason(Reason.of(ReasonCode.AMOUNT_CHANGED, "5002", "1000.00", "1014.40")).dueBy(row.dueBy())
        .overdue(false).build();
    return new AuditFindings(Optional.of(3L), Optional.of(Instant.parse("2026-11-29T03:00:00Z")),
        Map.of(row.documentKey(), mismatch));
  }

  /** The refunds: one returns UK-00010. */
  static List<RefundRow> refunds() {
    RefundDocument refund = RefundDocument.builder().key(UUID.nameUUIDFromBytes("refund".getBytes()))
        .organizationKey(UUID.fromString("11111111-1111-1111-1111-111111111111")).number("В-0001")
        .date(LocalDateTime.of(2026, 11, 20, 10, 0)).amount(new BigDecimal("100.00")).paymentPurpose("Возврат")
        .payer(PayerRef.of(UUID.fromString("22222222-2222-2222-2222-222222222222"))).build();
    return List.of(RefundRow.builder().refund(refund).savedState(SavedState.empty()).externalId("1c-x-refund")
        .match(RefundMatch.NAMED).paymentKey(FakeServiceConsole.row("uk", 10).documentKey())
        .refunded(BigDecimal.ZERO).build());
  }

  /** A console over these rows, findings and refunds. */
  static TableConsole console() {
    return new TableConsole(new FakeServiceConsole().withRows("uk", rows())).withFindings("uk", findings())
        .withRefunds("uk", refunds());
  }

  private static FillRow toSend(String number, LocalDateTime date, String amount) {
    UUID key = UUID.nameUUIDFromBytes(number.getBytes());
    return FillRow.builder().from(FakeServiceConsole.row("uk", 1)).documentKey(key).organizationKey(key)
        .number(number).date(date).amount(new BigDecimal(amount)).externalId("1c-" + key)
        .dueBy(date.toLocalDate().plusDays(1)).action(PlannedAction.SEND).savedState(SavedState.empty()).build();
  }
}
