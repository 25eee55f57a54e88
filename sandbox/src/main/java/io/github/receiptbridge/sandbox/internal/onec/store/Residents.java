package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.ContactRow;
import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.Defaults;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The payers of one organization: residents (natural persons, or private persons kept as counterparties) with a
 * personal account, a few commercial tenants of non-residential premises (companies) and a few suppliers. Resident
 * {@code i} of an organization is always the same person, so documents generated for different months share their
 * payers.
 *
 * <p>Every resident has an address row. Of the residents, about 57 % have an e-mail; 15 % an e-mail and a mobile
 * phone; 10 % a mobile phone only; 5 % a landline («8 (495) 123-45-67») followed by a mobile and no e-mail; 3 % an
 * e-mail row that reads «нет» or «-» followed by a second, valid e-mail row (and the address last); 10 % nothing
 * else. Resident 1 of every organization has the landline and the mobile, resident 2 nothing but the address.
 * Tenants have an address, an office landline and an accountant's e-mail.
 */
final class Residents {
  private static final int FIRST_ACCOUNT = 10001;
  private static final List<String> SUPPLIERS = List.of("ООО \"Водоканал\"", "АО \"Энергосбыт\"",
      "ООО \"ЛифтСервис\"");
  private static final List<String> TENANTS = List.of("ООО \"Продукты у дома\"", "ООО \"Аптека Здоровье\"",
      "ООО \"Стоматология Улыбка\"", "АО \"Бытсервис\"", "ООО \"Цветочная лавка\"", "ООО \"Кофейня на углу\"");
  private static final List<String> TENANT_DOMAINS = List.of("produkty-u-doma.ru", "apteka-zdorovie.ru",
      "ulybka-dent.ru", "bytservis.ru", "cvetochnaya-lavka.ru", "kofe-na-uglu.ru");
  private static final int TENANTS_PER_ORGANIZATION = 3;
  private static final List<String> NO_EMAIL = List.of("нет", "-");

  /**
   * One payer.
   *
   * @param payer        the {@code Контрагент} value of its documents (shared by them)
   * @param contract     the {@code ДоговорКонтрагента_Key} of its documents
   * @param account      the personal account number (0 for suppliers)
   * @param shortName    «Фамилия И.О.» or the company name
   * @param purposeStyle which wording its payments use
   * @param reach        what its contact rows offer a receipt
   */
  record Payer(CompositeValue payer, UUID contract, int account, String shortName, int purposeStyle, Reach reach) {
  }

  /** What a payer's contact rows offer a receipt. */
  enum Reach {
    /** A valid e-mail, maybe after a junk row and maybe with a phone. */
    EMAIL,
    /** A mobile phone and no e-mail. */
    MOBILE,
    /** A landline before a mobile, and no e-mail. */
    LANDLINE_THEN_MOBILE,
    /** Nothing but an address. */
    NOTHING
  }

  private record ContactRows(List<ContactRow> rows, Reach reach) {
  }

  /**
   * One commercial tenant: a company renting a non-residential premise in the organization's house.
   *
   * @param payer          the {@code Контрагент} value of its documents
   * @param contract       the {@code ДоговорКонтрагента_Key} of its documents (its main contract)
   * @param contractNumber the contract's number as its payments quote it
   * @param monthly        its usual monthly payment in kopecks
   */
  record Tenant(CompositeValue payer, UUID contract, String contractNumber, long monthly) {
  }

  private Residents() {
  }

  /** The first {@code count} residents of {@code organization}, created in the catalogs when missing. */
  static List<Payer> ensure(Infobase infobase, UUID organization, int count, String city) {
    List<Payer> payers = new ArrayList<>(count);
    List<MapEntity> newPersons = new ArrayList<>();
    List<MapEntity> newCounterparties = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Random random = new Random(organization.getMostSignificantBits() * 31 + organization.getLeastSignificantBits()
          + 1_000_003L * i);
      UUID key = new KeyGenerator(random.nextLong()).next();
      RussianNames.Person person = RussianNames.person(random);
      ContactRows contacts = contacts(random, person, city, i);
      boolean naturalPerson = random.nextInt(10) < 6;
      int account = FIRST_ACCOUNT + i;
      if (naturalPerson) {
        if (infobase.naturalPersons().get(key).isEmpty()) {
          newPersons.add(CatalogItems.naturalPerson(key, infobase.naturalPersons().nextCode(10),
              person.fullName(), "", person.female() ? "Женский" : "Мужской", contacts.rows()));
        }
        payers.add(new Payer(CompositeValue.reference(key, OnecNames.NATURAL_PERSONS), Defaults.EMPTY_REF, account,
            person.initials(), random.nextInt(3), contacts.reach()));
      } else {
        if (infobase.counterparties().get(key).isEmpty()) {
          newCounterparties.add(CatalogItems.counterparty(key, infobase.counterparties().nextCode(9),
              person.fullName(), person.fullName(), "", false, contacts.rows(), LocalDateTime.of(2020, 1, 15, 10, 0)
                  .plusDays(random.nextInt(1200))));
        }
        payers.add(new Payer(CompositeValue.reference(key, OnecNames.COUNTERPARTIES),
            BpKeys.derived(key, "contract"), account, person.initials(), random.nextInt(3), contacts.reach()));
      }
    }
    infobase.naturalPersons().addAll(newPersons);
    infobase.counterparties().addAll(newCounterparties);
    return payers;
  }

  /** The organization's suppliers, created in the catalog when missing. */
  static List<Payer> suppliers(Infobase infobase, UUID organization) {
    List<Payer> payers = new ArrayList<>();
    List<MapEntity> created = new ArrayList<>();
    for (int i = 0; i < SUPPLIERS.size(); i++) {
      UUID key = BpKeys.derived(organization, "supplier-" + i);
      if (infobase.counterparties().get(key).isEmpty()) {
        String inn = String.valueOf(7700000000L + Math.floorMod(key.getLeastSignificantBits(), 99_999_999L));
        created.add(CatalogItems.counterparty(key, infobase.counterparties().nextCode(9), SUPPLIERS.get(i),
            "Общество " + SUPPLIERS.get(i), inn, true,
            new Contacts("buh@supplier" + (i + 1) + ".ru", null, null).rows(), LocalDateTime.of(2019, 3, 1, 9, 0)));
      }
      payers.add(new Payer(CompositeValue.reference(key, OnecNames.COUNTERPARTIES), BpKeys.derived(key, "contract"),
          0, SUPPLIERS.get(i), 0, Reach.EMAIL));
    }
    infobase.counterparties().addAll(created);
    return payers;
  }

  /**
   * The organization's commercial tenants (companies paying for non-residential premises), created in the catalog
   * when missing; which companies they are depends on the organization.
   */
  static List<Tenant> tenants(Infobase infobase, UUID organization, String city, String region) {
    List<Tenant> tenants = new ArrayList<>(TENANTS_PER_ORGANIZATION);
    List<MapEntity> created = new ArrayList<>();
    int first = Math.floorMod(organization.hashCode(), TENANTS.size());
    for (int i = 0; i < TENANTS_PER_ORGANIZATION; i++) {
      int which = (first + i) % TENANTS.size();
      UUID key = BpKeys.derived(organization, "tenant-" + i);
      Random random = new Random(key.getMostSignificantBits() ^ key.getLeastSignificantBits());
      UUID contract = BpKeys.derived(key, "contract");
      if (infobase.counterparties().get(key).isEmpty()) {
        String name = TENANTS.get(which);
        String fullName = (name.startsWith("АО") ? "Акционерное общество" : "Общество с ограниченной "
            + "ответственностью") + name.substring(name.indexOf(' '));
        List<ContactRow> contacts = List.of(
            ContactRow.address(RussianNames.premises(random, city)),
            ContactRow.phone(RussianNames.landline(random, city)),
            ContactRow.email("buh@" + TENANT_DOMAINS.get(which)));
        created.add(CatalogItems.counterparty(key, infobase.counterparties().nextCode(9), name, fullName,
            companyInn(region, random), true, contacts, LocalDateTime.of(2021, 2, 1, 11, 0)
                .plusDays(random.nextInt(700))));
      }
      Random terms = new Random(contract.getMostSignificantBits());
      String number = (1 + terms.nextInt(60)) + "/Н-" + (2021 + terms.nextInt(4));
      tenants.add(new Tenant(CompositeValue.reference(key, OnecNames.COUNTERPARTIES), contract, number,
          1_500_000 + terms.nextInt(10_000_000)));
    }
    infobase.counterparties().addAll(created);
    return tenants;
  }

  /** A company's 10-digit INN in {@code region} with a correct check digit. */
  private static String companyInn(String region, Random random) {
    String body = region + String.format("%02d", 1 + random.nextInt(50)) + String.format("%05d",
        random.nextInt(100_000));
    int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + (sum % 11) % 10;
  }

  /**
   * The contact rows of resident {@code index}: drawn by the shares of the class Javadoc, except that resident 1 always
   * has a landline before a mobile and resident 2 nothing but an address, so every organization has both.
   */
  private static ContactRows contacts(Random random, RussianNames.Person person, String city, int index) {
    int drawn = random.nextInt(100);
    int roll = index == 1 ? 85 : index == 2 ? 90 : drawn;
    ContactRow address = ContactRow.address(RussianNames.address(random, city));
    ContactRow email = ContactRow.email(RussianNames.email(random, person));
    ContactRow phone = ContactRow.phone(RussianNames.phone(random));
    if (roll < 57) {
      return new ContactRows(List.of(address, email), Reach.EMAIL);
    }
    if (roll < 60) {
      return new ContactRows(List.of(ContactRow.email(RussianNames.pick(random, NO_EMAIL)), email, address),
          Reach.EMAIL);
    }
    if (roll < 75) {
      return new ContactRows(List.of(address, phone, email), Reach.EMAIL);
    }
    if (roll < 85) {
      return new ContactRows(List.of(address, phone), Reach.MOBILE);
    }
    if (roll < 90) {
      return new ContactRows(List.of(address, ContactRow.phone(RussianNames.landline(random, city)), phone),
          Reach.LANDLINE_THEN_MOBILE);
    }
    return new ContactRows(List.of(address), Reach.NOTHING);
  }
}
