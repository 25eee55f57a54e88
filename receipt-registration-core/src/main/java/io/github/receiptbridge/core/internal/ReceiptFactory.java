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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@code sell} receipt of a document from the policy: one line whose price, sum, the total and the single
 * payment are all the document amount, to the kopeck, written with two decimals. The amount is never rounded: a
 * document whose amount has fractions of a kopeck is skipped by the {@link Classifier}, and one that reaches this
 * factory anyway stops the run instead of being registered with a different sum.
 */
public final class ReceiptFactory {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(number|date|purpose)}");
  private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  private static final Map<Tax, Integer> RATES = Map.of(
      Tax.VAT10, 10, Tax.VAT110, 10, Tax.VAT18, 18, Tax.VAT118, 18, Tax.VAT20, 20, Tax.VAT22, 22, Tax.VAT122, 22);

  private final ReceiptPolicy policy;

  /** A factory for {@code policy}. */
  public ReceiptFactory(ReceiptPolicy policy) {
    this.policy = policy;
  }

  /** The receipt of {@code row}, stamped with the document date. */
  public ReceiptRequest sell(FillRow row, String externalId) {
    BigDecimal amount = row.amount().setScale(2, RoundingMode.UNNECESSARY);
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
            .buyer(buyer(row.buyerContact()))
            .addItems(item.build())
            .total(amount)
            .addPayments(Payment.of(policy.paymentType(), amount))
            .build());
    policy.callbackUrl().ifPresent(url -> request.service(Service.of(url)));
    return request.build();
  }

  private String itemName(FillRow row) {
    Matcher placeholder = PLACEHOLDER.matcher(policy.itemNameTemplate());
    StringBuilder name = new StringBuilder();
    while (placeholder.find()) {
      String value = switch (placeholder.group(1)) {
        case "number" -> row.number();
        case "date" -> DAY.format(row.date());
        default -> row.paymentPurpose();
      };
      placeholder.appendReplacement(name, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(name);
    return cut(printable(name.toString()), ReceiptPolicy.MAX_ITEM_NAME);
  }

  /**
   * The text as one line: control characters, line breaks and runs of spaces become one space, and a half of a
   * surrogate pair without its other half (text broken before it reached 1C) is dropped, so the JSON is always valid
   * UTF-8.
   */
  static String printable(String text) {
    StringBuilder whole = new StringBuilder(text.length());
    text.codePoints()
        .filter(codePoint -> codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE)
        .forEach(whole::appendCodePoint);
    return CONTROL_OR_SPACE.matcher(whole).replaceAll(" ").strip();
  }

  /**
   * The longest start of {@code text} made of whole characters as a reader sees them (an emoji with its skin tone or
   * its joined family members, a flag, a letter with its accents) that has at most {@code max} code points.
   */
  static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    Matcher grapheme = GRAPHEME.matcher(text);
    int end = 0;
    int codePoints = 0;
    while (grapheme.find()) {
      int size = grapheme.group().codePointCount(0, grapheme.group().length());
      if (codePoints + size > max) {
        break;
      }
      codePoints += size;
      end = grapheme.end();
    }
    if (end == 0) { // one cluster longer than the limit (a letter under a pile of accents): cut between code points
      end = text.offsetByCodePoints(0, max);
    }
    return text.substring(0, end).strip();
  }

  private static Buyer buyer(Optional<String> contact) {
    if (contact.isEmpty()) {
      return Buyer.builder().build();
    }
    return contact.get().contains("@") ? Buyer.builder().email(contact.get()).build()
        : Buyer.builder().phone(contact.get()).build();
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
