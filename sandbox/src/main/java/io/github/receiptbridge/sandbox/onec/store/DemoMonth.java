package io.github.receiptbridge.sandbox.onec.store;

import java.time.YearMonth;
import java.util.UUID;

/**
 * A realistic month of two management organizations, «УК Ромашка» and «ТСЖ Лесное», each with about 150 bank
 * receipts on the month's working days, made by {@link ReceiptGenerator}: mostly residents' payments
 * ({@code ОплатаПокупателя} from natural persons and private persons kept as counterparties), three per
 * organization from commercial tenants (companies, {@code ЮридическоеЛицо}, with an e-mail) paying with the same
 * {@code ОплатаПокупателя} for a non-residential premise, a few supplier refunds and bank interest, a few unposted or
 * deletion-marked documents and a zero amount. Residents' contact rows include awkward ones: a landline before a
 * mobile and no e-mail, an e-mail row reading «нет» or «-» before a valid one. Deterministic for a given month: the
 * same keys, numbers and amounts on every run.
 */
public final class DemoMonth {
  /** INN of «УК Ромашка». */
  public static final String ROMASHKA_INN = "7701234567";
  /** INN of «ТСЖ Лесное». */
  public static final String LESNOE_INN = "5003012345";

  private DemoMonth() {
  }

  /** Seeds {@code month} into {@code infobase}. */
  public static void seed(Infobase infobase, InfobaseSeeder seeder, YearMonth month) {
    long seed = month.getYear() * 100L + month.getMonthValue();
    KeyGenerator keys = new KeyGenerator(seed);
    UUID romashka = seeder.addOrganization(keys.next(), "УК Ромашка",
        "Общество с ограниченной ответственностью \"Управляющая компания Ромашка\"", ROMASHKA_INN, "770101001",
        "РМ");
    UUID lesnoe = seeder.addOrganization(keys.next(), "ТСЖ Лесное", "Товарищество собственников жилья \"Лесное\"",
        LESNOE_INN, "500301001", "ЛС");
    ReceiptGenerator generator = new ReceiptGenerator(infobase);
    generator.generate(romashka, month.atDay(1), month.atEndOfMonth(), 152, seed);
    generator.generate(lesnoe, month.atDay(1), month.atEndOfMonth(), 147, seed + 1);
  }
}
