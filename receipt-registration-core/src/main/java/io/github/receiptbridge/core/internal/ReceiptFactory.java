package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.schetmash.model.Buyer;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.Payment;
import io.github.receiptbridge.schetmash.model.Receipt;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.Service;
import io.github.receiptbridge.schetmash.model.Tax;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@code sell} receipt of a document from the policy: one line whose price, sum, the total and the single
 * payment are all the document amount, to the kopeck.
 */
public final class ReceiptFactory {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private static final Map<Tax, Integer> RATES = Map.of(
      Tax.VAT10, 10, Tax.VAT110, 10, Tax.VAT18, 18, Tax.VAT118, 18, Tax.VAT20, 20, Tax.VAT22, 22, Tax.VAT122, 22);

  private final ReceiptPolicy policy;

  /** A factory for {@code policy}. */
  public ReceiptFactory(ReceiptPolicy policy) {
    this.policy = policy;
  }

  /** The receipt of {@code row}, stamped with the document date. */
  public ReceiptRequest sell(FillRow row, String externalId) {
    BigDecimal amount = row.amount();
    Tax tax = policy.taxRule().taxFor(row.date().toLocalDate());
    Item.Builder item = Item.builder()
        .name(itemName(row))
        .price(amount)
        .quantity(BigDecimal.ONE)
        .sum(amount)
        .tax(tax)
        .paymentObject(policy.paymentObject())
        .paymentMethod(policy.paymentMethod());
    taxSum(tax, amount).ifPresent(item::taxSum);
    ReceiptRequest.Builder request = ReceiptRequest.builder()
        .externalId(externalId)
        .timestamp(row.date())
        .receipt(Receipt.builder()
            .buyer(buyer(row.buyerContact().orElse("")))
            .addItems(item.build())
            .total(amount)
            .addPayments(Payment.of(policy.paymentType(), amount))
            .build());
    policy.callbackUrl().ifPresent(url -> request.service(Service.of(url)));
    return request.build();
  }

  private String itemName(FillRow row) {
    String name = policy.itemNameTemplate()
        .replace("{number}", row.number())
        .replace("{date}", DAY.format(row.date()))
        .replace("{purpose}", row.paymentPurpose().replaceAll("\\s+", " ").trim())
        .trim();
    if (name.codePointCount(0, name.length()) <= ReceiptPolicy.MAX_ITEM_NAME) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, ReceiptPolicy.MAX_ITEM_NAME));
  }

  private static Buyer buyer(String contact) {
    if (contact.startsWith("+")) {
      return Buyer.builder().phone(contact).build();
    }
    return contact.isEmpty() ? Buyer.builder().build() : Buyer.builder().email(contact).build();
  }

  /** The VAT inside an amount for a rate: amount × rate / (100 + rate), to the kopeck; none for 0% and exempt. */
  private static Optional<BigDecimal> taxSum(Tax tax, BigDecimal amount) {
    Integer rate = RATES.get(tax);
    if (rate == null) {
      return Optional.empty();
    }
    return Optional.of(amount.multiply(BigDecimal.valueOf(rate))
        .divide(BigDecimal.valueOf(100L + rate), 2, RoundingMode.HALF_UP));
  }
}
