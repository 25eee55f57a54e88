package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The «Списание с расчетного счета» documents of a demo month ({@code onec-odata.md} §4.1a), per organization:
 * <ol>
 *   <li>a full refund to a resident ({@code ВозвратПокупателю}) naming the original payment in {@code
 *   ДокументОснование} and in its row's {@code Сделка};
 *   <li>a partial refund (half, to the kopeck) naming the payment only in the row's {@code Сделка};
 *   <li>a refund naming no document, to the payer of an earlier payment of at least that amount (a third of it);
 *   <li>a payment to a supplier ({@code ОплатаПоставщику}), no refund.
 * </ol>
 * The refunded payments are posted residents' payments ({@code ОплатаПокупателя} from {@code
 * Catalog_ФизическиеЛица}) above 300 ₽ in the period; a period with fewer such payments gets fewer refunds. The
 * documents come from their own random stream, keys and numbering, so adding them changes no bank receipt.
 * Deterministic for the same arguments.
 */
public final class RefundGenerator {
  private static final String NATURAL_PERSON_TYPE = OnecNames.qualified(OnecNames.NATURAL_PERSONS);
  private static final BigDecimal MINIMUM = new BigDecimal("300");

  private RefundGenerator() {
  }

  /**
   * Adds the withdrawals of {@code organization} dated within {@code [from, to]}.
   *
   * @return their keys, refunds first
   */
  public static List<UUID> generate(Infobase infobase, UUID organization, LocalDate from, LocalDate to, long seed) {
    // The organization's whole key and the period take part, so that two organizations whose month seeds meet
    // (seed + 1 of one month is the next month's seed) never draw the same keys.
    long mixed = seed * 1_000_033L ^ organization.getMostSignificantBits() * 31
        ^ organization.getLeastSignificantBits() ^ from.toEpochDay() * 131 ^ to.toEpochDay() * 7;
    Random random = new Random(mixed ^ 0x5DEECE66DL);
    KeyGenerator keys = new KeyGenerator(mixed ^ 0x5EEDL);
    long fromSeconds = from.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long untilSeconds = to.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    List<BankReceiptEntity> payments = new ArrayList<>();
    for (BankReceiptEntity receipt : infobase.bankReceipts().inOrder(organization, fromSeconds, untilSeconds)) {
      CompositeValue payer = (CompositeValue) receipt.get("Контрагент");
      if (BankReceiptEntity.CUSTOMER_PAYMENT.equals(receipt.get("ВидОперации"))
          && Boolean.TRUE.equals(receipt.get(OnecNames.POSTED)) && NATURAL_PERSON_TYPE.equals(payer.type())
          && receipt.amount().compareTo(MINIMUM) > 0) {
        payments.add(receipt);
      }
    }
    List<UUID> added = new ArrayList<>();
    List<BankReceiptEntity> chosen = new ArrayList<>();
    for (int i = 0; i < 3 && !payments.isEmpty(); i++) {
      chosen.add(payments.remove(random.nextInt(payments.size())));
    }
    for (int i = 0; i < chosen.size(); i++) {
      BankReceiptEntity payment = chosen.get(i);
      CompositeValue reference = CompositeValue.reference(payment.key(), OnecNames.BANK_RECEIPTS);
      Withdrawals.Draft draft = new Withdrawals.Draft();
      draft.key = keys.next();
      draft.organization = organization;
      draft.operationKind = Withdrawals.REFUND_TO_PAYER;
      draft.counterparty = (CompositeValue) payment.get("Контрагент");
      draft.date = refundDate(payment.date(), to, random);
      switch (i) {
        case 0:
          draft.amount = payment.amount();
          draft.basis = reference;
          draft.settlement = reference;
          draft.purpose = "Возврат ошибочно перечисленных денежных средств по п/п № "
              + payment.get("НомерВходящегоДокумента") + ". НДС не облагается";
          break;
        case 1:
          draft.amount = payment.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
          draft.settlement = reference;
          draft.purpose = "Возврат переплаты за жилищно-коммунальные услуги. НДС не облагается";
          break;
        default:
          draft.amount = payment.amount().divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
          draft.purpose = "Возврат денежных средств по заявлению собственника. НДС не облагается";
          break;
      }
      added.add(Withdrawals.add(infobase, draft));
    }
    List<Residents.Payer> suppliers = Residents.suppliers(infobase, organization);
    Residents.Payer supplier = suppliers.get(random.nextInt(suppliers.size()));
    Withdrawals.Draft draft = new Withdrawals.Draft();
    draft.key = keys.next();
    draft.organization = organization;
    draft.operationKind = Withdrawals.SUPPLIER_PAYMENT;
    draft.counterparty = supplier.payer();
    draft.date = to.atTime(15, 0).minusDays(Math.min(to.getDayOfMonth() - from.getDayOfMonth(), 2));
    draft.amount = BigDecimal.valueOf(1_500_000 + random.nextInt(9_000_000), 2);
    draft.purpose = "Оплата по договору за услуги " + supplier.shortName() + ". В т.ч. НДС 20%";
    added.add(Withdrawals.add(infobase, draft));
    return added;
  }

  /** One to five days after the payment, but within the period: on the payment's day when the period ends then. */
  private static LocalDateTime refundDate(LocalDateTime paid, LocalDate to, Random random) {
    LocalDateTime refund = paid.toLocalDate().plusDays(1 + random.nextInt(5)).atTime(14, 30);
    return refund.toLocalDate().isAfter(to) ? paid.plusMinutes(30) : refund;
  }
}
