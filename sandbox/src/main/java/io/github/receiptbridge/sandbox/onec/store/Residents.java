package io.github.receiptbridge.sandbox.onec.store;

import io.github.receiptbridge.sandbox.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.onec.model.Defaults;
import io.github.receiptbridge.sandbox.onec.model.OnecNames;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The payers of one organization: residents (natural persons, or private persons kept as counterparties) with a
 * personal account, and a few suppliers. Resident {@code i} of an organization is always the same person, so
 * documents generated for different months share their payers. Most have an e-mail, some only a phone, some
 * neither.
 */
final class Residents {
  private static final int FIRST_ACCOUNT = 10001;
  private static final List<String> SUPPLIERS = List.of("ООО \"Водоканал\"", "АО \"Энергосбыт\"",
      "ООО \"ЛифтСервис\"");

  /**
   * One payer.
   *
   * @param payer        the {@code Контрагент} value of its documents (shared by them)
   * @param contract     the {@code ДоговорКонтрагента_Key} of its documents
   * @param account      the personal account number (0 for suppliers)
   * @param shortName    «Фамилия И.О.» or the company name
   * @param purposeStyle which wording its payments use
   */
  record Payer(CompositeValue payer, UUID contract, int account, String shortName, int purposeStyle) {
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
      Contacts contacts = contacts(random, person, city);
      boolean naturalPerson = random.nextInt(10) < 6;
      int account = FIRST_ACCOUNT + i;
      if (naturalPerson) {
        if (infobase.naturalPersons().get(key).isEmpty()) {
          newPersons.add(CatalogItems.naturalPerson(key, infobase.naturalPersons().nextCode(10),
              person.fullName(), "", person.female() ? "Женский" : "Мужской", contacts));
        }
        payers.add(new Payer(CompositeValue.reference(key, OnecNames.NATURAL_PERSONS), Defaults.EMPTY_REF, account,
            person.initials(), random.nextInt(3)));
      } else {
        if (infobase.counterparties().get(key).isEmpty()) {
          newCounterparties.add(CatalogItems.counterparty(key, infobase.counterparties().nextCode(9),
              person.fullName(), person.fullName(), "", false, contacts, LocalDateTime.of(2020, 1, 15, 10, 0)
                  .plusDays(random.nextInt(1200))));
        }
        payers.add(new Payer(CompositeValue.reference(key, OnecNames.COUNTERPARTIES),
            BpKeys.derived(key, "contract"), account, person.initials(), random.nextInt(3)));
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
            new Contacts("buh@supplier" + (i + 1) + ".ru", null, null), LocalDateTime.of(2019, 3, 1, 9, 0)));
      }
      payers.add(new Payer(CompositeValue.reference(key, OnecNames.COUNTERPARTIES), BpKeys.derived(key, "contract"),
          0, SUPPLIERS.get(i), 0));
    }
    infobase.counterparties().addAll(created);
    return payers;
  }

  private static Contacts contacts(Random random, RussianNames.Person person, String city) {
    int roll = random.nextInt(100);
    String address = RussianNames.address(random, city);
    String email = RussianNames.email(random, person);
    String phone = RussianNames.phone(random);
    if (roll < 60) {
      return new Contacts(email, null, address);
    }
    if (roll < 75) {
      return new Contacts(email, phone, address);
    }
    if (roll < 90) {
      return new Contacts(null, phone, address);
    }
    return new Contacts(null, null, address);
  }
}
