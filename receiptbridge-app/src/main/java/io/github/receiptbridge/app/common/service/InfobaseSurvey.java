package io.github.receiptbridge.app.common.service;

import io.github.receiptbridge.core.OrganizationPayers;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.PaymentKind;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.LegalForm;
import io.github.receiptbridge.onec.model.PayerContacts;
import io.github.receiptbridge.onec.model.PayerKind;
import io.github.receiptbridge.onec.model.PayerRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What an infobase actually records as incoming bank payments, for an administrator to set {@code
 * RECEIPT_OPERATION_KINDS} before the first run: the posted «Поступление на расчетный счет» documents of a period
 * counted and summed by operation kind ({@code ВидОперации}) and payer type ({@code Контрагент_Type}, and for a
 * counterparty its {@code ЮридическоеФизическоеЛицо}), each with what the policy does with such a payment; and the
 * other published documents whose names suggest money coming in or going out, since derived configurations (the ЖКХ
 * one among them) may record residents' payments in documents of their own.
 */
public final class InfobaseSurvey {
  /** The entity set the workflow reads. */
  public static final String BANK_RECEIPTS = "Document_ПоступлениеНаРасчетныйСчет";

  /**
   * Parts of document names that suggest a payment (matched ignoring case, with ё read as е): receipts and
   * payments, cash desks, acquiring, retail reports, bank withdrawals (where refunds to payers are).
   */
  static final List<String> PAYMENT_WORDS = List.of("Поступление", "Оплата", "Платеж", "Касс", "Эквайринг",
      "ОтчетОРозничныхПродажах", "СписаниеСРасчетногоСчета");

  private static final String DOCUMENT_PREFIX = "Document_";

  private InfobaseSurvey() {}

  /** Who paid, as far as the document's {@code Контрагент} says. */
  public enum PayerType {
    /** A counterparty ({@code Catalog_Контрагенты}) with {@code ЮридическоеФизическоеЛицо = ЮридическоеЛицо}. */
    COUNTERPARTY_ORGANIZATION,
    /** A counterparty with {@code ЮридическоеФизическоеЛицо = ФизическоеЛицо}. */
    COUNTERPARTY_PERSON,
    /** A counterparty whose {@code ЮридическоеФизическоеЛицо} is empty or a value of a derived configuration. */
    COUNTERPARTY_OTHER_FORM,
    /** A counterparty that 1C no longer has, or does not let the user read. */
    COUNTERPARTY_NOT_FOUND,
    /** A natural person ({@code Catalog_ФизическиеЛица}). */
    NATURAL_PERSON,
    /** A reference of another type (a derived configuration's catalog, or an unpublished one). */
    OTHER_TYPE,
    /** No payer ({@code Контрагент} empty). */
    NONE
  }

  /**
   * The documents of one operation kind and payer type.
   *
   * @param operationKind {@code ВидОперации} as 1C sends it; empty when not set
   * @param payerType the payer type
   * @param payerDetail what the type says more: the raw {@code Контрагент_Type} of {@link PayerType#OTHER_TYPE},
   *     the raw legal form of {@link PayerType#COUNTERPARTY_OTHER_FORM}; empty otherwise
   * @param documents how many documents
   * @param sum the sum of their {@code СуммаДокумента}
   * @param skipReason why the policy gives such a payment no receipt ({@link ReasonCode#OPERATION_KIND}, {@link
   *     ReasonCode#ORGANIZATION_PAYER}, or {@link ReasonCode#NO_CONTACT} when 1C can hold no contact for such a
   *     payer and there is no fallback e-mail); empty when it receipts it
   */
  public record Group(String operationKind, PayerType payerType, String payerDetail, long documents, BigDecimal sum,
      Optional<ReasonCode> skipReason) {
    /** Whether the policy gives such a payment a receipt. */
    public boolean receipted() {
      return skipReason.isEmpty();
    }
  }

  /**
   * The survey of one organization's period.
   *
   * @param groups by operation kind, then payer type
   * @param notCounted the documents left out because they are unposted or marked for deletion
   */
  public record Result(List<Group> groups, long notCounted) {
    /** How many documents were counted. */
    public long documents() {
      return groups.stream().mapToLong(Group::documents).sum();
    }

    /** Their sum. */
    public BigDecimal sum() {
      return groups.stream().map(Group::sum).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How many of them the policy receipts. */
    public long receiptedDocuments() {
      return groups.stream().filter(Group::receipted).mapToLong(Group::documents).sum();
    }

    /** The sum of those. */
    public BigDecimal receiptedSum() {
      return groups.stream().filter(Group::receipted).map(Group::sum).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * Reads the documents of {@code organizationKey} dated {@code from} to {@code to} (inclusive, server time) through
   * {@code onec} and the legal forms of their payers, and tallies them as {@link #tally} does.
   */
  public static Result survey(OnecClient onec, UUID organizationKey, LocalDate from, LocalDate to,
      ReceiptPolicy policy) {
    try (Stream<BankReceipt> documents = onec.bankReceipts(organizationKey, from, to)) {
      return tally(documents, onec::payerContacts, policy);
    }
  }

  /**
   * Counts and sums the posted documents not marked for deletion by operation kind and payer type, and says of each
   * group whether {@code policy} gives it receipts: the checks of the workflow that depend on the kind and the
   * payer type only, in its order (operation kind, organization payer, a payer 1C can hold no contact for).
   *
   * @param contacts the contacts of payers, as {@link OnecClient#payerContacts} gives them; asked once, for the
   *     counterparties only (for their legal form)
   */
  public static Result tally(Stream<BankReceipt> documents,
      Function<Collection<PayerRef>, Map<PayerRef, PayerContacts>> contacts, ReceiptPolicy policy) {
    record ByPayer(String operationKind, Optional<PayerRef> payer) {}
    Map<ByPayer, Tally> byPayer = new LinkedHashMap<>();
    long[] notCounted = {0};
    documents.forEachOrdered(document -> {
      if (!document.posted() || document.deletionMark()) {
        notCounted[0]++;
        return;
      }
      byPayer.computeIfAbsent(new ByPayer(document.operationKind(), document.payer()), key -> new Tally())
          .add(document.amount());
    });
    Set<PayerRef> counterparties = byPayer.keySet().stream().map(ByPayer::payer).flatMap(Optional::stream)
        .filter(ref -> ref.kind() == PayerKind.COUNTERPARTY).collect(Collectors.toCollection(LinkedHashSet::new));
    Map<PayerRef, PayerContacts> found = counterparties.isEmpty() ? Map.of() : contacts.apply(counterparties);

    Map<ByType, Tally> byType = new LinkedHashMap<>();
    byPayer.forEach((key, tally) -> {
      ByType type = key.payer().map(ref -> typeOf(key.operationKind(), ref, found.get(ref)))
          .orElse(new ByType(key.operationKind(), PayerType.NONE, ""));
      byType.computeIfAbsent(type, unused -> new Tally()).add(tally);
    });
    List<Group> groups = new ArrayList<>();
    byType.forEach((key, tally) -> groups.add(new Group(key.operationKind(), key.type(), key.detail(),
        tally.documents, tally.sum, skipReason(policy, key.operationKind(), key.type()))));
    groups.sort(Comparator.comparing(Group::operationKind).thenComparing(Group::payerType)
        .thenComparing(Group::payerDetail));
    return new Result(List.copyOf(groups), notCounted[0]);
  }

  /** The group key of a document of {@code operationKind} paid by {@code ref}, whose contacts are {@code contacts}. */
  private static ByType typeOf(String operationKind, PayerRef ref, @Nullable PayerContacts contacts) {
    return switch (ref.kind()) {
      case NATURAL_PERSON -> new ByType(operationKind, PayerType.NATURAL_PERSON, "");
      case OTHER -> new ByType(operationKind, PayerType.OTHER_TYPE, ref.rawType());
      case COUNTERPARTY -> {
        if (contacts == null) {
          yield new ByType(operationKind, PayerType.COUNTERPARTY_NOT_FOUND, "");
        }
        LegalForm form = contacts.legalForm();
        if (form.isLegalEntity()) {
          yield new ByType(operationKind, PayerType.COUNTERPARTY_ORGANIZATION, "");
        }
        yield form.isNaturalPerson() ? new ByType(operationKind, PayerType.COUNTERPARTY_PERSON, "")
            : new ByType(operationKind, PayerType.COUNTERPARTY_OTHER_FORM, form.wireValue());
      }
    };
  }

  /** The key of a group. */
  private record ByType(String operationKind, PayerType type, String detail) {}

  /**
   * The other published documents whose names suggest payments ({@link #PAYMENT_WORDS}), sorted: every {@code
   * Document_…} set but the one the workflow reads and the sets of tabular parts ({@code <document>_<part>}).
   */
  public static List<String> paymentLikeDocuments(Collection<String> publishedEntitySets) {
    List<String> documents = publishedEntitySets.stream().filter(name -> name.startsWith(DOCUMENT_PREFIX)).toList();
    return documents.stream()
        .filter(name -> !name.equals(BANK_RECEIPTS))
        .filter(name -> documents.stream().noneMatch(owner -> !owner.equals(name) && name.startsWith(owner + "_")))
        .filter(InfobaseSurvey::suggestsPayment)
        .sorted()
        .toList();
  }

  private static boolean suggestsPayment(String entitySet) {
    String name = normalized(entitySet.substring(DOCUMENT_PREFIX.length()));
    return PAYMENT_WORDS.stream().anyMatch(word -> name.contains(normalized(word)));
  }

  private static String normalized(String text) {
    return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /** Why {@code policy} gives no receipt to a payment of this kind and payer type; empty when it gives one. */
  static Optional<ReasonCode> skipReason(ReceiptPolicy policy, String operationKind, PayerType payerType) {
    if (!policy.includes(sample(operationKind))) {
      return Optional.of(ReasonCode.OPERATION_KIND);
    }
    if (payerType == PayerType.COUNTERPARTY_ORGANIZATION && policy.organizationPayers() == OrganizationPayers.SKIP) {
      return Optional.of(ReasonCode.ORGANIZATION_PAYER);
    }
    boolean noContactIn1c = payerType == PayerType.NONE || payerType == PayerType.OTHER_TYPE
        || payerType == PayerType.COUNTERPARTY_NOT_FOUND;
    if (noContactIn1c && policy.fallbackEmail().isEmpty()) {
      return Optional.of(ReasonCode.NO_CONTACT);
    }
    return Optional.empty();
  }

  /** A payment of {@code operationKind}, named the way the 1C adapter names it, for {@link ReceiptPolicy#includes}. */
  private static PaymentDocument sample(String operationKind) {
    return PaymentDocument.builder().key(new UUID(0, 0)).organizationKey(new UUID(0, 0)).number("")
        .date(LocalDate.EPOCH.atStartOfDay()).amount(BigDecimal.ONE).paymentPurpose("")
        .kind(PaymentKind.fromLedgerName(operationKind)).operationKind(operationKind).build();
  }

  /** A running count and sum. */
  private static final class Tally {
    private long documents;
    private BigDecimal sum = BigDecimal.ZERO;

    void add(BigDecimal amount) {
      documents++;
      sum = sum.add(amount);
    }

    void add(Tally other) {
      documents += other.documents;
      sum = sum.add(other.sum);
    }
  }
}
