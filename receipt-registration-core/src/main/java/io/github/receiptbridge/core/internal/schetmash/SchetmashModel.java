package io.github.receiptbridge.core.internal.schetmash;

import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.FiscalReport;
import io.github.receiptbridge.core.PaymentForm;
import io.github.receiptbridge.core.ReceiptDraft;
import io.github.receiptbridge.core.RegistrationResult;
import io.github.receiptbridge.core.VatRate;
import io.github.receiptbridge.schetmash.model.Buyer;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.Payment;
import io.github.receiptbridge.schetmash.model.PaymentType;
import io.github.receiptbridge.schetmash.model.Receipt;
import io.github.receiptbridge.schetmash.model.ReceiptPayload;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.ReportError;
import io.github.receiptbridge.schetmash.model.Service;
import io.github.receiptbridge.schetmash.model.Tax;
import java.math.BigDecimal;

/**
 * The core's receipts in the Счетмаш client's terms, and its answers in the core's: a draft is one item whose price
 * and sum are the amount, quantity 1, with the VAT inside the amount for a rate that has one, the total and a single
 * payment of the amount. The buyer's name and INN, when the draft has them, are {@code receipt.attributes.name} and
 * {@code .inn} (tags 1227, 1228).
 */
public final class SchetmashModel {
  private SchetmashModel() {}

  /** The request of {@code draft}. */
  public static ReceiptRequest request(ReceiptDraft draft) {
    BigDecimal amount = draft.amount();
    Item.Builder item = Item.builder()
        .name(draft.itemName())
        .price(amount)
        .quantity(BigDecimal.ONE)
        .sum(amount)
        .tax(tax(draft.vatRate()))
        .paymentObject(io.github.receiptbridge.schetmash.model.PaymentObject.fromWire(
            draft.paymentObject().tag1212()))
        .paymentMethod(io.github.receiptbridge.schetmash.model.PaymentMethod.fromWire(
            draft.paymentMethod().tag1214()));
    draft.vatRate().vatIn(amount).ifPresent(item::taxSum);
    Buyer.Builder buyer = Buyer.builder();
    draft.buyerEmail().ifPresent(buyer::email);
    draft.buyerPhone().ifPresent(buyer::phone);
    draft.buyerName().ifPresent(buyer::name);
    draft.buyerInn().ifPresent(buyer::inn);
    ReceiptRequest.Builder request = ReceiptRequest.builder()
        .externalId(draft.externalId())
        .timestamp(draft.timestamp())
        .receipt(Receipt.builder()
            .buyer(buyer.build())
            .addItems(item.build())
            .total(amount)
            .addPayments(Payment.of(paymentType(draft.paymentForm()), amount))
            .build());
    draft.callbackUrl().ifPresent(url -> request.service(Service.of(url)));
    return request.build();
  }

  /** The Счетмаш name of a VAT rate. */
  static Tax tax(VatRate rate) {
    return switch (rate) {
      case NONE -> Tax.NONE;
      case VAT0 -> Tax.VAT0;
      case VAT10 -> Tax.VAT10;
      case VAT18 -> Tax.VAT18;
      case VAT20 -> Tax.VAT20;
      case VAT22 -> Tax.VAT22;
      case VAT110 -> Tax.VAT110;
      case VAT118 -> Tax.VAT118;
      case VAT122 -> Tax.VAT122;
    };
  }

  private static PaymentType paymentType(PaymentForm form) {
    return switch (form) {
      case ELECTRONIC -> PaymentType.ELECTRONIC;
      case PREPAYMENT -> PaymentType.PREPAYMENT;
      case CREDIT -> PaymentType.CREDIT;
    };
  }

  /** The answer to a registration. */
  static RegistrationResult result(io.github.receiptbridge.schetmash.model.RegistrationResult result) {
    return RegistrationResult.builder().receiptId(result.id()).rawStatus(result.rawStatus()).build();
  }

  /**
   * A report, with the total, print time (tag 1012), fiscal numbers and check link ({@code qr}) of its fiscal data,
   * and its error text.
   */
  static FiscalReport report(ReceiptReport report) {
    return FiscalReport.builder()
        .receiptId(report.id())
        .rawStatus(report.rawStatus())
        .total(report.payload().map(ReceiptPayload::total))
        .fiscalizedAt(report.payload().map(ReceiptPayload::receiptDatetime))
        .fiscalNumbers(report.payload().map(SchetmashModel::fiscalNumbers))
        .errorMessage(report.error().map(ReportError::message))
        .checkLink(report.payload().flatMap(ReceiptPayload::qr).filter(link -> !link.isBlank()))
        .build();
  }

  private static FiscalNumbers fiscalNumbers(ReceiptPayload payload) {
    return FiscalNumbers.builder()
        .fnNumber(payload.fnNumber())
        .fiscalDocumentNumber(payload.fiscalDocumentNumber())
        .fiscalSign(Long.toString(payload.fiscalDocumentAttribute()))
        .shiftNumber(payload.shiftNumber())
        .shiftReceiptNumber(payload.fiscalReceiptNumber())
        .build();
  }
}
