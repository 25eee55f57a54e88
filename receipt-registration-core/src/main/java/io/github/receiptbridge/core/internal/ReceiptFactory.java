package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PayerKind;
import io.github.receiptbridge.core.ReceiptDraft;
import io.github.receiptbridge.core.ReceiptPolicy;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@code sell} receipt of a document from the policy: one line whose price, sum, the total and the single
 * payment are all the document amount, to the kopeck, with two decimals. The amount is never rounded: a document
 * whose amount has fractions of a kopeck is skipped by the {@link Classifier}, and one that reaches this factory
 * anyway stops the run instead of being registered with a different sum. A receipt to an organization or to a payer
 * with an INN carries the buyer's name and INN; a person without an INN gets neither.
 */
public final class ReceiptFactory {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(number|date|purpose)}");
  private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  private final ReceiptPolicy policy;

  /** A factory for {@code policy}. */
  public ReceiptFactory(ReceiptPolicy policy) {
    this.policy = policy;
  }

  /**
   * The receipt of {@code row} under {@code externalId}, stamped with the document date, to the row's buyer contact:
   * an e-mail when it has an {@code @}, else a phone.
   */
  public ReceiptDraft sell(FillRow row, String externalId) {
    ReceiptDraft.Builder draft = ReceiptDraft.builder()
        .externalId(externalId)
        .timestamp(row.date())
        .itemName(itemName(row))
        .amount(row.amount().setScale(2, RoundingMode.UNNECESSARY))
        .vatRate(policy.taxRule().taxFor(row.date().toLocalDate()))
        .paymentObject(policy.paymentObject())
        .paymentMethod(policy.paymentMethod())
        .paymentForm(policy.paymentForm())
        .callbackUrl(policy.callbackUrl());
    buyer(row, draft);
    row.buyerContact().ifPresent(contact -> {
      if (contact.contains("@")) {
        draft.buyerEmail(contact);
      } else {
        draft.buyerPhone(contact);
      }
    });
    return draft.build();
  }

  /**
   * The buyer's name and INN (tags 1227, 1228), for an organization or a payer with a valid INN; a person without one
   * gets neither, so a resident's name is never sent. An INN that is not 10 or 12 digits is left out.
   */
  private static void buyer(FillRow row, ReceiptDraft.Builder draft) {
    Optional<String> inn = row.payerInn().flatMap(Inns::normalize);
    boolean organization = row.payerKind().filter(PayerKind.ORGANIZATION::equals).isPresent();
    if (!organization && inn.isEmpty()) {
      return;
    }
    row.payerName().map(ReceiptFactory::printable).filter(name -> !name.isEmpty())
        .map(name -> cut(name, ReceiptDraft.MAX_BUYER_NAME)).ifPresent(draft::buyerName);
    inn.ifPresent(draft::buyerInn);
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
}
