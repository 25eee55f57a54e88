package io.github.receiptbridge.core.internal.schetmash;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.FiscalReport;
import io.github.receiptbridge.core.PaymentForm;
import io.github.receiptbridge.core.PaymentMethod;
import io.github.receiptbridge.core.PaymentObject;
import io.github.receiptbridge.core.ReceiptDraft;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.VatRate;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.PaymentType;
import io.github.receiptbridge.schetmash.model.ReceiptPayload;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.ReportError;
import io.github.receiptbridge.schetmash.model.Tax;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The core's receipts in Счетмаш's terms: every value of the core's enums has its Счетмаш value, tag for tag. */
class SchetmashModelTest {
  private static ReceiptDraft.Builder draft() {
    return ReceiptDraft.builder().externalId("1c-x").timestamp(LocalDateTime.of(2026, 11, 2, 10, 15))
        .itemName("ЖКУ").amount(new BigDecimal("122.00")).vatRate(VatRate.VAT22)
        .paymentObject(PaymentObject.SERVICE).paymentMethod(PaymentMethod.FULL_PAYMENT)
        .paymentForm(PaymentForm.ELECTRONIC);
  }

  @Test
  void everyVatRatePaymentObjectMethodAndFormHasItsCounterpartOfTheSameTag() {
    for (VatRate rate : VatRate.values()) {
      assertThat(SchetmashModel.tax(rate).wireValue()).isEqualTo(rate.name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(Arrays.stream(VatRate.values()).map(SchetmashModel::tax)).containsExactlyInAnyOrder(Tax.values());
    for (PaymentObject object : PaymentObject.values()) {
      Item item = SchetmashModel.request(draft().paymentObject(object).build()).receipt().items().get(0);
      assertThat(item.paymentObject().name()).isEqualTo(object.name());
    }
    assertThat(PaymentObject.values()).hasSameSizeAs(io.github.receiptbridge.schetmash.model.PaymentObject.values());
    for (PaymentMethod method : PaymentMethod.values()) {
      Item item = SchetmashModel.request(draft().paymentMethod(method).build()).receipt().items().get(0);
      assertThat(item.paymentMethod().name()).isEqualTo(method.name());
    }
    assertThat(PaymentMethod.values()).hasSameSizeAs(io.github.receiptbridge.schetmash.model.PaymentMethod.values());
    for (PaymentForm form : PaymentForm.values()) {
      PaymentType type = SchetmashModel.request(draft().paymentForm(form).build()).receipt().payments().get(0).type();
      assertThat(type.name()).isEqualTo(form.name());
    }
    assertThat(PaymentForm.values()).hasSameSizeAs(PaymentType.values());
  }

  @Test
  void aDraftIsOneLineWithTheVatInsideTheTotalAndOnePayment() {
    ReceiptRequest request = SchetmashModel.request(draft().buyerPhone("+79161234567")
        .callbackUrl("https://uk.example.ru/callback").build());

    Item item = request.receipt().items().get(0);
    assertThat(item.tax()).isEqualTo(Tax.VAT22);
    assertThat(item.taxSum()).contains(new BigDecimal("22.00"));
    assertThat(item.price()).isEqualTo(item.sum()).isEqualTo(request.receipt().total());
    assertThat(item.quantity()).isEqualTo(BigDecimal.ONE);
    assertThat(request.receipt().payments()).singleElement()
        .satisfies(payment -> assertThat(payment.sum()).isEqualTo(new BigDecimal("122.00")));
    assertThat(request.receipt().buyer().phone()).contains("+79161234567");
    assertThat(request.receipt().buyer().email()).isEmpty();
    assertThat(request.service()).hasValueSatisfying(service ->
        assertThat(service.callbackUrl()).isEqualTo("https://uk.example.ru/callback"));
  }

  @Test
  void aReportKeepsItsRawStatusTotalErrorTextFiscalTimeAndNumbers() {
    FiscalReport fiscalized = SchetmashModel.report(ReceiptReport.builder().id(7).rawStatus("success")
        .payload(ReceiptPayload.builder().total(new BigDecimal("1520.40")).fnsSite("www.nalog.ru").fnNumber("1")
            .shiftNumber(1).receiptDatetime(LocalDateTime.of(2026, 11, 2, 10, 16)).fiscalReceiptNumber(1)
            .fiscalDocumentNumber(2).ecrRegistrationNumber("3").fiscalDocumentAttribute(4).build())
        .build());
    FiscalReport rejected = SchetmashModel.report(ReceiptReport.builder().id(8).rawStatus("error")
        .error(ReportError.builder().code(9).message("Сумма платежей меньше суммы чека").build()).build());
    FiscalReport unknown = SchetmashModel.report(ReceiptReport.builder().id(9).rawStatus("queued").build());

    assertThat(fiscalized.status()).isEqualTo(ReceiptStatus.SUCCESS);
    assertThat(fiscalized.total()).contains(new BigDecimal("1520.40"));
    assertThat(fiscalized.fiscalizedAt()).contains(LocalDateTime.of(2026, 11, 2, 10, 16));
    assertThat(fiscalized.fiscalNumbers()).contains(FiscalNumbers.builder().fnNumber("1").fiscalDocumentNumber(2)
        .fiscalSign("4").shiftNumber(1).shiftReceiptNumber(1).build());
    assertThat(rejected.fiscalizedAt()).isEmpty();
    assertThat(rejected.fiscalNumbers()).isEmpty();
    assertThat(rejected.errorMessage()).contains("Сумма платежей меньше суммы чека");
    assertThat(unknown.status()).isEqualTo(ReceiptStatus.UNKNOWN);
    assertThat(unknown.rawStatus()).isEqualTo("queued");
  }

  @Test
  void aReportCarriesTheCheckLinkTheServiceGaveAndNoneForABlankOrMissingOne() {
    ReceiptPayload.Builder payload = ReceiptPayload.builder().total(new BigDecimal("1520.40"))
        .fnsSite("www.nalog.ru").fnNumber("1").shiftNumber(1).receiptDatetime(LocalDateTime.of(2026, 11, 2, 10, 16))
        .fiscalReceiptNumber(1).fiscalDocumentNumber(2).ecrRegistrationNumber("3").fiscalDocumentAttribute(4);
    String link = "t=20261102T1016&s=1520.40&fn=1&i=2&fp=4&n=1";

    assertThat(SchetmashModel.report(ReceiptReport.builder().id(7).rawStatus("success")
        .payload(payload.qr(link).build()).build()).checkLink()).contains(link);
    assertThat(SchetmashModel.report(ReceiptReport.builder().id(7).rawStatus("success")
        .payload(payload.qr(" ").build()).build()).checkLink()).isEmpty();
    assertThat(SchetmashModel.report(ReceiptReport.builder().id(8).rawStatus("error")
        .error(ReportError.builder().code(9).message("Нет").build()).build()).checkLink()).isEmpty();
  }
}
