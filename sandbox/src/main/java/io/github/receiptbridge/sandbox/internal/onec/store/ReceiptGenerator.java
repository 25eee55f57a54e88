package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Generates a realistic stream of bank receipts for one organization, on working days: mostly residents paying for
 * housing and utilities (amounts with kopecks, «Оплата ЖКУ за февраль 2024, л/с 10023»; their contact rows are
 * described in {@link Residents}); about 2 % payments from commercial tenants, companies
 * ({@code ЮридическоеЛицо}) with an accountant's e-mail that pay for a non-residential premise with the same
 * {@code ОплатаПокупателя} («Оплата за содержание и коммунальные услуги нежилого помещения по договору № 17/Н-2023
 * за февраль 2024 г. НДС не облагается», at least one from 50 documents on); about 1.5 % refunds from suppliers
 * ({@code ВозвратОтПоставщика}) and 2 % bank interest without a payer ({@code ПрочееПоступление}); about 2.5 %
 * unposted, 2 % marked for deletion and 1 % residents' payments of 0 (at least one from 50 documents on).
 * Deterministic for the same arguments; 100,000 documents take well under a second.
 */
public final class ReceiptGenerator {
  private static final String OTHER_RECEIPT = "ПрочееПоступление";
  private static final String[] MONTHS = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
      "сентябрь", "октябрь", "ноябрь", "декабрь"};
  private static final int MAX_RESIDENTS = 2000;

  private enum Category { NORMAL, UNPOSTED, DELETED, ZERO, OTHER, REFUND, TENANT }

  private final Infobase infobase;
  private final Map<String, String> texts = new HashMap<>();

  /** A generator writing into {@code infobase}. */
  public ReceiptGenerator(Infobase infobase) {
    this.infobase = infobase;
  }

  /**
   * Adds {@code count} documents dated within {@code [from, to]}.
   *
   * @return their keys in natural order
   */
  public synchronized List<UUID> generate(UUID organization, LocalDate from, LocalDate to, int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
    }
    if (count == 0) {
      return List.of();
    }
    Random random = new Random(seed);
    KeyGenerator keys = new KeyGenerator(seed * 1_000_003L ^ organization.getLeastSignificantBits()
        ^ from.toEpochDay() * 31 ^ to.toEpochDay());
    Optional<MapEntity> org = infobase.organizations().get(organization);
    String prefix = org.map(o -> (String) o.get("Префикс")).orElse("");
    UUID account = org.map(o -> (UUID) o.get("ОсновнойБанковскийСчет_Key"))
        .orElse(BpKeys.derived(organization, "bank-account"));
    String city = cityOf(org.map(o -> (String) o.get("ИНН")).orElse(""));
    List<Residents.Payer> residents = Residents.ensure(infobase, organization,
        Math.max(3, Math.min(MAX_RESIDENTS, count * 2 / 3)), city);
    List<Residents.Payer> suppliers = Residents.suppliers(infobase, organization);
    List<Residents.Tenant> tenants = Residents.tenants(infobase, organization, city,
        org.map(o -> (String) o.get("ИНН")).filter(inn -> inn.matches("\\d{2}.*")).orElse("77").substring(0, 2));
    List<LocalDate> days = workingDays(from, to);
    Category[] categories = categories(count, random);

    List<BankReceiptEntity.Draft> drafts = new ArrayList<>(count);
    Residents.Payer[] paidBy = new Residents.Payer[count];
    for (int i = 0; i < count; i++) {
      BankReceiptEntity.Draft draft = new BankReceiptEntity.Draft();
      draft.key = freshKey(keys);
      draft.organization = organization;
      draft.organizationAccount = account;
      draft.date = days.get(random.nextInt(days.size()))
          .atTime(LocalTime.of(9, 0).plusSeconds(random.nextInt(10 * 3600)));
      draft.incomingNumber = 1 + random.nextInt(999_999);
      paidBy[i] = describe(draft, categories[i], random, residents, suppliers, tenants);
      drafts.add(draft);
    }
    if (count >= 50) {
      payAtLeastOnceBy(Residents.Reach.LANDLINE_THEN_MOBILE, drafts, paidBy, categories, residents, random);
      payAtLeastOnceBy(Residents.Reach.NOTHING, drafts, paidBy, categories, residents, random);
    }
    drafts.sort(Comparator.comparing((BankReceiptEntity.Draft d) -> d.date).thenComparing(d -> d.key));
    List<BankReceiptEntity> entities = new ArrayList<>(count);
    List<UUID> keysInOrder = new ArrayList<>(count);
    for (BankReceiptEntity.Draft draft : drafts) {
      draft.number = infobase.numbers().next(prefix, draft.date.getYear());
      entities.add(draft.build());
      keysInOrder.add(draft.key);
    }
    infobase.bankReceipts().addAll(entities);
    return keysInOrder;
  }

  /** Fills in a document of {@code category}; returns the resident who paid it, or null when no resident did. */
  private Residents.@Nullable Payer describe(BankReceiptEntity.Draft draft, Category category, Random random,
      List<Residents.Payer> residents, List<Residents.Payer> suppliers, List<Residents.Tenant> tenants) {
    draft.posted = category != Category.UNPOSTED && category != Category.DELETED;
    draft.deletionMark = category == Category.DELETED;
    draft.version = draft.posted ? 3 : 1;
    YearMonth paidFor = YearMonth.from(draft.date).minusMonths(1);
    String period = named(paidFor);
    if (category == Category.OTHER) {
      draft.operationKind = OTHER_RECEIPT;
      draft.payer = CompositeValue.UNDEFINED;
      draft.amount = kopecks(5_000 + random.nextInt(90_000));
      draft.purpose = intern("Проценты на остаток денежных средств на счете за " + period + ". НДС не облагается");
      return null;
    }
    if (category == Category.REFUND) {
      Residents.Payer supplier = RussianNames.pick(random, suppliers);
      draft.operationKind = BankReceiptEntity.SUPPLIER_REFUND;
      draft.payer = supplier.payer();
      draft.contract = supplier.contract();
      draft.amount = kopecks(100_000 + random.nextInt(2_900_000));
      draft.purpose = intern("Возврат излишне перечисленных денежных средств по договору № "
          + (10 + Math.floorMod(supplier.contract().hashCode(), 90)) + "/2023. НДС не облагается");
      return null;
    }
    if (category == Category.TENANT) {
      Residents.Tenant tenant = RussianNames.pick(random, tenants);
      draft.operationKind = BankReceiptEntity.CUSTOMER_PAYMENT;
      draft.payer = tenant.payer();
      draft.contract = tenant.contract();
      draft.amount = kopecks((tenant.monthly() - 50_000 + random.nextInt(100_000)) / 100 * 100 + 1
          + random.nextInt(99));
      draft.purpose = intern("Оплата за содержание и коммунальные услуги нежилого помещения по договору № "
          + tenant.contractNumber() + " за " + period + " г. НДС не облагается");
      return null;
    }
    Residents.Payer resident = residents.get(random.nextInt(residents.size()));
    draft.operationKind = BankReceiptEntity.CUSTOMER_PAYMENT;
    paidBy(draft, resident, category == Category.ZERO ? BigDecimal.ZERO : residentAmount(random, resident));
    return resident;
  }

  private void paidBy(BankReceiptEntity.Draft draft, Residents.Payer resident, BigDecimal amount) {
    YearMonth paidFor = YearMonth.from(draft.date).minusMonths(1);
    draft.payer = resident.payer();
    draft.contract = resident.contract();
    draft.amount = amount;
    draft.purpose = intern(residentPurpose(resident, paidFor, named(paidFor)));
  }

  /** «февраль 2024». */
  private static String named(YearMonth month) {
    return MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
  }

  /**
   * Makes sure that a resident whose contacts offer {@code reach} pays at least once: when none did, the first
   * ordinary payment of a resident with an e-mail is paid by the first such resident instead.
   */
  private void payAtLeastOnceBy(Residents.Reach reach, List<BankReceiptEntity.Draft> drafts,
      Residents.@Nullable Payer[] paidBy, Category[] categories, List<Residents.Payer> residents, Random random) {
    for (Residents.Payer payer : paidBy) {
      if (payer != null && payer.reach() == reach) {
        return;
      }
    }
    Optional<Residents.Payer> resident = residents.stream().filter(r -> r.reach() == reach).findFirst();
    for (int i = 0; i < paidBy.length && resident.isPresent(); i++) {
      Residents.Payer payer = paidBy[i];
      if (categories[i] == Category.NORMAL && payer != null && payer.reach() == Residents.Reach.EMAIL) {
        paidBy(drafts.get(i), resident.get(), residentAmount(random, resident.get()));
        paidBy[i] = resident.get();
        return;
      }
    }
  }

  private static BigDecimal residentAmount(Random random, Residents.Payer resident) {
    long monthly = 150_000 + Math.floorMod(resident.account() * 7919L, 800_000);
    if (random.nextInt(5) == 0) {
      return kopecks((monthly / 10_000 + 1) * 10_000);
    }
    return kopecks(monthly - 20_000 + random.nextInt(40_000));
  }

  private static String residentPurpose(Residents.Payer resident, YearMonth paidFor, String period) {
    switch (resident.purposeStyle()) {
      case 1:
        return "Оплата за жилищно-коммунальные услуги за " + period + " г. Лицевой счет " + resident.account()
            + ". Без НДС";
      case 2:
        return String.format("Оплата по ЕПД за %02d.%d, л/с %d, %s", paidFor.getMonthValue(), paidFor.getYear(),
            resident.account(), resident.shortName());
      default:
        return "Оплата ЖКУ за " + period + ", л/с " + resident.account();
    }
  }

  private static Category[] categories(int count, Random random) {
    Category[] categories = new Category[count];
    Arrays.fill(categories, Category.NORMAL);
    int next = 0;
    next = assign(categories, next, Category.UNPOSTED, Math.round(count * 0.025f));
    next = assign(categories, next, Category.DELETED, Math.round(count * 0.02f));
    next = assign(categories, next, Category.ZERO, count >= 50 ? Math.max(1, Math.round(count * 0.01f)) : 0);
    next = assign(categories, next, Category.OTHER, Math.round(count * 0.02f));
    next = assign(categories, next, Category.REFUND, Math.round(count * 0.015f));
    assign(categories, next, Category.TENANT, count >= 50 ? Math.max(1, Math.round(count * 0.02f))
        : Math.round(count * 0.02f));
    List<Category> shuffled = Arrays.asList(categories);
    Collections.shuffle(shuffled, random);
    return categories;
  }

  private static int assign(Category[] categories, int from, Category category, int howMany) {
    int until = Math.min(categories.length, from + howMany);
    Arrays.fill(categories, from, until, category);
    return until;
  }

  private static List<LocalDate> workingDays(LocalDate from, LocalDate to) {
    List<LocalDate> all = new ArrayList<>();
    List<LocalDate> working = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      all.add(day);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        working.add(day);
      }
    }
    return working.isEmpty() ? all : working;
  }

  private UUID freshKey(KeyGenerator keys) {
    UUID key = keys.next();
    while (infobase.bankReceipts().get(key).isPresent()) {
      key = infobase.keys().next();
    }
    return key;
  }

  private String intern(String text) {
    return texts.computeIfAbsent(text, t -> t);
  }

  private static BigDecimal kopecks(long value) {
    return BigDecimal.valueOf(value, 2);
  }

  private static String cityOf(String inn) {
    return inn.startsWith("50") ? "Московская обл., г. Химки" : "г. Москва";
  }
}
