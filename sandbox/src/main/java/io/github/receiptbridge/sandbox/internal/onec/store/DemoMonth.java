package io.github.receiptbridge.sandbox.internal.onec.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Realistic months of two management organizations, «УК Ромашка» and «ТСЖ Лесное», each with about 150 bank
 * receipts a month on its working days, made by {@link ReceiptGenerator}: mostly residents' payments
 * ({@code ОплатаПокупателя} from natural persons and private persons kept as counterparties), three per
 * organization and month from commercial tenants (companies, {@code ЮридическоеЛицо}, with an e-mail) paying with the
 * same {@code ОплатаПокупателя} for a non-residential premise, a few supplier refunds and bank interest, a few
 * unposted or deletion-marked documents and a zero amount. Each organization and month also has «Списание с
 * расчетного счета» documents made by {@link RefundGenerator}: up to three refunds to residents and one supplier
 * payment. Residents' contact rows include awkward ones: a landline
 * before a mobile and no e-mail, an e-mail row reading «нет» or «-» before a valid one.
 *
 * <p>Deterministic: a month's documents have the same keys, numbers and amounts on every run, whether it is seeded
 * alone or as the first month of a {@link DemoSpan}. A month cut short by the span gets its whole-month count
 * times the share of its working days that the span covers, so on the 1st it has a handful of documents.
 */
public final class DemoMonth {
  /** INN of «УК Ромашка». */
  public static final String ROMASHKA_INN = "7701234567";
  /** INN of «ТСЖ Лесное». */
  public static final String LESNOE_INN = "5003012345";
  private static final int ROMASHKA_MONTHLY = 152;
  private static final int LESNOE_MONTHLY = 147;

  private DemoMonth() {
  }

  /** Seeds {@code month}, whole, into {@code infobase}. */
  public static void seed(Infobase infobase, InfobaseSeeder seeder, YearMonth month) {
    seed(infobase, seeder, DemoSpan.month(month));
  }

  /** Seeds the days of {@code span} into {@code infobase}. */
  public static void seed(Infobase infobase, InfobaseSeeder seeder, DemoSpan span) {
    KeyGenerator keys = new KeyGenerator(seedOf(span.firstMonth()));
    UUID romashka = seeder.addOrganization(keys.next(), "УК Ромашка",
        "Общество с ограниченной ответственностью \"Управляющая компания Ромашка\"", ROMASHKA_INN, "770101001",
        "РМ");
    UUID lesnoe = seeder.addOrganization(keys.next(), "ТСЖ Лесное", "Товарищество собственников жилья \"Лесное\"",
        LESNOE_INN, "500301001", "ЛС");
    ReceiptGenerator generator = new ReceiptGenerator(infobase);
    YearMonth last = YearMonth.from(span.through());
    for (YearMonth month = span.firstMonth(); !month.isAfter(last); month = month.plusMonths(1)) {
      LocalDate to = month.equals(last) ? span.through() : month.atEndOfMonth();
      long seed = seedOf(month);
      generator.generate(romashka, month.atDay(1), to, shareOf(ROMASHKA_MONTHLY, month, to), seed);
      generator.generate(lesnoe, month.atDay(1), to, shareOf(LESNOE_MONTHLY, month, to), seed + 1);
      // After both organizations' receipts, from their own random streams, keys and numbering: the receipts stay
      // exactly the documents they were before withdrawals existed.
      RefundGenerator.generate(infobase, romashka, month.atDay(1), to, seed);
      RefundGenerator.generate(infobase, lesnoe, month.atDay(1), to, seed + 1);
    }
  }

  private static long seedOf(YearMonth month) {
    return month.getYear() * 100L + month.getMonthValue();
  }

  /** {@code monthly} times the share of {@code month}'s working days that fall on or before {@code to}. */
  static int shareOf(int monthly, YearMonth month, LocalDate to) {
    int all = workingDays(month.atDay(1), month.atEndOfMonth());
    return Math.round((float) monthly * workingDays(month.atDay(1), to) / all);
  }

  private static int workingDays(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days += day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1;
    }
    return days;
  }
}
