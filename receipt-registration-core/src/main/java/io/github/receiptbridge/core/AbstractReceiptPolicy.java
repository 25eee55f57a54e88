package io.github.receiptbridge.core;

import io.github.receiptbridge.core.internal.EmailAddresses;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a payment document becomes a receipt, with defaults for housing and utility companies: one line «Оплата
 * жилищно-коммунальных услуг», VAT-exempt, a service (tag 1212 = 4) paid in full (tag 1214 = 4) by bank transfer,
 * the whole amount as price, line sum, total and payment.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractReceiptPolicy {
  /** The longest item name the cash register prints (ФФД tag 1030). */
  public static final int MAX_ITEM_NAME = 128;

  /** The longest buyer e-mail a receipt carries (ФФД tag 1008); a longer one is no usable contact. */
  public static final int MAX_EMAIL = 64;

  /**
   * The largest receipt total Счетмаш stores: its {@code sum} column is {@code DECIMAL(12,2)}, and a larger total
   * makes it fail with HTTP 500. A document above it is skipped.
   */
  public static final BigDecimal MAX_TOTAL = new BigDecimal("9999999999.99");

  /**
   * The item name; {@code {number}}, {@code {date}} ({@code dd.MM.yyyy}) and {@code {purpose}} are replaced by the
   * document's values (line breaks, tabs and other control characters become single spaces), and the result is cut
   * to {@value #MAX_ITEM_NAME} characters, never inside a character or an emoji; default «Оплата
   * жилищно-коммунальных услуг».
   *
   * @return the template, not blank
   */
  @Value.Default
  public String itemNameTemplate() {
    return "Оплата жилищно-коммунальных услуг";
  }

  /**
   * How the VAT rate is chosen; default {@link TaxRule#EXEMPT}.
   *
   * @return the rule each receipt's VAT rate follows
   */
  @Value.Default
  public TaxRule taxRule() {
    return TaxRule.EXEMPT;
  }

  /**
   * What is paid for, tag 1212; default {@link PaymentObject#SERVICE}.
   *
   * @return the subject of payment, the same on every receipt
   */
  @Value.Default
  public PaymentObject paymentObject() {
    return PaymentObject.SERVICE;
  }

  /**
   * How the payment settles the obligation, tag 1214; default {@link PaymentMethod#FULL_PAYMENT}. An advance for
   * services not yet rendered is {@link PaymentMethod#ADVANCE} or {@link PaymentMethod#FULL_PREPAYMENT}.
   *
   * @return the method of settlement, the same on every receipt
   */
  @Value.Default
  public PaymentMethod paymentMethod() {
    return PaymentMethod.FULL_PAYMENT;
  }

  /**
   * Payment form; default {@link PaymentForm#ELECTRONIC}, as every payment received on a bank account is.
   *
   * @return the form of every receipt's single payment
   */
  @Value.Default
  public PaymentForm paymentForm() {
    return PaymentForm.ELECTRONIC;
  }

  /**
   * The 1C name of a customer's payment ({@link PaymentKind#CUSTOMER_PAYMENT}), the only operation kind registered by
   * default.
   */
  public static final String CUSTOMER_PAYMENT = "ОплатаПокупателя";

  /**
   * The operation kinds whose documents get a receipt, by the ledger's names ({@code ВидОперации} in 1C); default
   * {@value #CUSTOMER_PAYMENT} only, so that supplier refunds ({@code ВозвратОтПоставщика}), bank interest ({@code
   * ПрочееПоступление}), loans and transfers between own accounts get none. Every included document gets the same
   * receipt (the same item name, {@link #paymentObject()} and {@link #paymentMethod()}), so including a kind that is
   * not a payment for what the item names would fiscalize it as that. An empty set means every kind. A document is included when the set holds its {@link
   * PaymentDocument#operationKind()}, or the 1C name of its {@link PaymentDocument#kind()} ({@link
   * PaymentKind#ledgerName()}), so a ledger of other names includes its customer payments by their kind.
   *
   * @return the names; empty for every kind
   */
  @Value.Default
  public Set<String> includedOperationKinds() {
    return Set.of(CUSTOMER_PAYMENT);
  }

  /**
   * Whether the policy registers documents of {@code document}'s operation kind ({@link #includedOperationKinds}).
   *
   * @param document the payment document
   * @return {@code true} when the document's operation kind is included
   */
  public boolean includes(PaymentDocument document) {
    Set<String> kinds = includedOperationKinds();
    return kinds.isEmpty() || kinds.contains(document.operationKind())
        || document.kind() != PaymentKind.OTHER && kinds.contains(document.kind().ledgerName());
  }

  /**
   * What happens to a payment whose payer is an organization ({@link PayerKind#ORGANIZATION}; in 1C {@code
   * Catalog_Контрагенты.ЮридическоеФизическоеЛицо = ЮридическоеЛицо}); default {@link OrganizationPayers#SKIP}.
   * Whether such payments need a receipt is the organization's decision; with {@link OrganizationPayers#SEND} the
   * receipt carries the buyer's name and INN.
   *
   * @return {@link OrganizationPayers#SKIP} or {@link OrganizationPayers#SEND}
   */
  @Value.Default
  public OrganizationPayers organizationPayers() {
    return OrganizationPayers.SKIP;
  }

  /**
   * The e-mail a receipt goes to when the payer has neither e-mail nor phone in the ledger (54-ФЗ lets the seller send
   * it to its own address); without it such documents are skipped. At most 64 characters (ФФД tag 1008).
   *
   * @return the fallback e-mail; empty when a payer without contacts gets no receipt
   */
  public abstract Optional<String> fallbackEmail();

  /**
   * The callback URL sent with each receipt, if any. The service POSTs the fiscal data there and expects HTTP 200 with
   * {@code {"status":"success"}}; until a delivery succeeds, the report of a receipt that is fiscalized says {@code
   * error}. One more reason why an {@code error} is never re-issued automatically: {@link ReceiptRegistrar#reissue} is
   * for the operator, after checking the Счетмаш cabinet.
   *
   * @return the absolute callback URL; empty when the service posts nothing
   */
  public abstract Optional<String> callbackUrl();

  /**
   * The housing-and-utility defaults.
   *
   * @return the policy with every default
   */
  public static ReceiptPolicy defaults() {
    return ReceiptPolicy.builder().build();
  }

  @Value.Check
  void check() {
    if (itemNameTemplate().isBlank()) {
      throw new IllegalStateException("itemNameTemplate must not be blank");
    }
    fallbackEmail().ifPresent(email -> {
      if (!EmailAddresses.isValid(email)) {
        throw new IllegalStateException("fallbackEmail is not an e-mail address: '" + email + "'");
      }
    });
  }
}
