package io.github.receiptbridge.onec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.onec.model.BankWithdrawal;
import io.github.receiptbridge.onec.model.BankWithdrawalRow;
import io.github.receiptbridge.onec.model.DocumentRef;
import io.github.receiptbridge.onec.model.PayerKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact URLs the client sends for «Списание с расчетного счета» and how it reads the answers (§4.1a). */
class OnecBankWithdrawalProtocolTest {
  private static final UUID ORG = UUID.fromString("a1b2c3d4-0000-11ee-8c3a-0050569f1a01");
  private static final UUID PAYMENT = UUID.fromString("3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01");
  private static final UUID OTHER_PAYMENT = UUID.fromString("4a5b6c7d-5b7d-11ee-8c3a-0050569f1a01");
  private static final String SELECT = "Ref_Key,DeletionMark,Number,Date,Posted,Организация_Key,ВидОперации,"
      + "Контрагент,Контрагент_Type,СуммаДокумента,НазначениеПлатежа,ДокументОснование,ДокументОснование_Type,"
      + "РасшифровкаПлатежа/LineNumber,РасшифровкаПлатежа/Сделка,РасшифровкаПлатежа/Сделка_Type,"
      + "РасшифровкаПлатежа/СуммаПлатежа";
  private static final String PERIOD = "Date ge datetime'2024-03-01T00:00:00' and Date lt datetime"
      + "'2024-04-01T00:00:00' and Организация_Key eq guid'a1b2c3d4-0000-11ee-8c3a-0050569f1a01'";

  private final OnecMockServer mock = new OnecMockServer();

  @AfterEach
  void stop() throws Exception {
    mock.close();
  }

  private static String decoded(RecordedRequest request) {
    return String.join("/", request.getUrl().pathSegments()) + "?" + request.getUrl().query();
  }

  private List<BankWithdrawal> readMarch() {
    mock.json(200, "bank-withdrawals-page1.json").json(200, "bank-withdrawals-page2.json");
    try (OnecClient client = mock.clientBuilder().pageSize(2).build();
        Stream<BankWithdrawal> stream = client.bankWithdrawals(ORG, LocalDate.of(2024, 3, 1),
            LocalDate.of(2024, 3, 31))) {
      return stream.toList();
    }
  }

  @Test
  void streamsWithdrawalsPageByPageSelectingTheHeaderAndTheDecodingColumnsInDateNumberOrder() {
    List<BankWithdrawal> withdrawals = readMarch();

    assertThat(withdrawals).extracting(BankWithdrawal::number)
        .containsExactly("0000-000041", "0000-000042", "0000-000043");
    RecordedRequest first = mock.take();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(decoded(first)).isEqualTo("base/odata/standard.odata/Document_СписаниеСРасчетногоСчета"
        + "?$format=json&$filter=" + PERIOD + "&$select=" + SELECT + "&$orderby=Date,Number&$top=2&$skip=0");
    assertThat(first.getTarget()).startsWith("/base/odata/standard.odata/Document_%D0%A1%D0%BF%D0%B8%D1%81")
        .doesNotContain("+").doesNotContain(" ").doesNotContain("Списание");
    assertThat(mock.take().getUrl().queryParameter("$skip")).isEqualTo("2");
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void filtersByOperationKindWhenAsked() {
    mock.json(200, "bank-withdrawals-page2.json");
    try (OnecClient client = mock.clientBuilder().pageSize(2).build()) {
      assertThat(client.bankWithdrawals(ORG, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
          BankWithdrawal.REFUND_TO_PAYER).toList()).hasSize(1);
    }
    assertThat(mock.take().getUrl().queryParameter("$filter"))
        .isEqualTo(PERIOD + " and ВидОперации eq 'ВозвратПокупателю'");
  }

  @Test
  void countsOneOperationKindWithDollarCount() {
    mock.server().enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/plain;charset=utf-8")
        .body("\uFEFF3").build());
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThat(client.countBankWithdrawals(ORG, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
          BankWithdrawal.REFUND_TO_PAYER)).isEqualTo(3);
    }
    RecordedRequest request = mock.take();
    assertThat(request.getUrl().pathSegments())
        .containsExactly("base", "odata", "standard.odata", "Document_СписаниеСРасчетногоСчета", "$count");
    assertThat(request.getUrl().queryParameter("$filter"))
        .isEqualTo(PERIOD + " and ВидОперации eq 'ВозвратПокупателю'");
  }

  @Test
  void aRefundNamingThePaymentInItsBasisDocumentShowsThatPayment() {
    BankWithdrawal refund = readMarch().get(0);

    assertThat(refund.isRefundToPayer()).isTrue();
    assertThat(refund.operationKind()).isEqualTo("ВозвратПокупателю");
    assertThat(refund.date()).isEqualTo(LocalDateTime.of(2024, 3, 12, 11, 15));
    assertThat(refund.posted()).isTrue();
    assertThat(refund.amount()).isEqualByComparingTo("1500.50");
    assertThat(refund.recipient().orElseThrow().kind()).isEqualTo(PayerKind.NATURAL_PERSON);
    assertThat(refund.basisDocument()).contains(DocumentRef.of(PAYMENT,
        "StandardODATA.Document_ПоступлениеНаРасчетныйСчет"));
    assertThat(refund.basisDocument().orElseThrow().isBankReceipt()).isTrue();
    assertThat(refund.basisDocument().orElseThrow().entitySet()).isEqualTo("Document_ПоступлениеНаРасчетныйСчет");
    assertThat(refund.referencedBankReceipts()).as("basis and row name the same payment once")
        .containsExactly(PAYMENT);
  }

  @Test
  void aRefundNamingThePaymentOnlyInItsDecodingRowShowsItThroughTheRow() {
    BankWithdrawal refund = readMarch().get(1);

    assertThat(refund.basisDocument()).as("StandardODATA.Undefined is no reference").isEmpty();
    assertThat(refund.posted()).isFalse();
    assertThat(refund.recipient().orElseThrow().kind()).isEqualTo(PayerKind.COUNTERPARTY);
    assertThat(refund.rows()).singleElement().satisfies(row -> {
      assertThat(row.lineNumber()).isEqualTo(1);
      assertThat(row.amount()).isEqualByComparingTo("700");
      assertThat(row.settlementDocument()).contains(DocumentRef.of(OTHER_PAYMENT,
          "StandardODATA.Document_ПоступлениеНаРасчетныйСчет"));
    });
    assertThat(refund.referencedBankReceipts()).containsExactly(OTHER_PAYMENT);
  }

  @Test
  void aSupplierPaymentIsNoRefundAndNamesNoBankReceipt() {
    BankWithdrawal payment = readMarch().get(2);

    assertThat(payment.isRefundToPayer()).isFalse();
    assertThat(payment.operationKind()).isEqualTo(BankWithdrawal.SUPPLIER_PAYMENT);
    assertThat(payment.deletionMark()).isTrue();
    assertThat(payment.amount()).as("a string amount").isEqualTo(new BigDecimal("12345.67"));
    assertThat(payment.basisDocument().orElseThrow().isBankReceipt()).isFalse();
    assertThat(payment.rows()).as("sorted by LineNumber").extracting(BankWithdrawalRow::lineNumber)
        .containsExactly(1, 2);
    assertThat(payment.rows()).as("an Undefined and a zero-GUID Сделка are both empty")
        .allSatisfy(row -> assertThat(row.settlementDocument()).isEmpty());
    assertThat(payment.referencedBankReceipts()).isEmpty();
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedBeforeAnyRequest() {
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThatThrownBy(() -> client.bankWithdrawals(ORG, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(mock.server().getRequestCount()).isZero();
  }
}
