package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.ContactRow;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Seeds and inspects the infobase directly, bypassing HTTP: what tests and demos need. Thread-safe. */
public final class InfobaseSeeder {
  /** Developer name of the receipt status property. */
  public static final String STATUS_PROPERTY = "СчетМаш_СтатусЧека";
  /** Developer name of the receipt id property. */
  public static final String RECEIPT_ID_PROPERTY = "СчетМаш_НомерЧека";
  /** Developer name of the last status check property. */
  public static final String CHECK_DATE_PROPERTY = "СчетМаш_ДатаПроверкиСтатусаЧека";

  /** {@code PredefinedDataName} of the property set of «Поступление на расчетный счет». */
  public static final String RECEIPT_PROPERTY_SET = "Документ_ПоступлениеНаРасчетныйСчет";
  /** {@code PredefinedDataName} of the property set of «Списание с расчетного счета». */
  public static final String WITHDRAWAL_PROPERTY_SET = "Документ_СписаниеСРасчетногоСчета";
  private static final String SET_INFO = "ДополнительныеСведения";

  private final Infobase infobase;

  /** A seeder of {@code infobase}. */
  public InfobaseSeeder(Infobase infobase) {
    this.infobase = infobase;
  }

  /**
   * Adds the properties every БП has in the chart (some with an empty {@code Имя}, one a requisite rather than
   * information) and, when asked, the three {@code СчетМаш_} properties.
   */
  public void seedProperties(boolean withReceiptProperties) {
    addPropertySet(BpKeys.BANK_RECEIPT_PROPERTY_SET, RECEIPT_PROPERTY_SET, "Поступление на расчетный счет");
    addPropertySet(BpKeys.BANK_WITHDRAWAL_PROPERTY_SET, WITHDRAWAL_PROPERTY_SET, "Списание с расчетного счета");
    addProperty("", "Ответственный за оплату", true);
    addProperty("ПримечаниеБанка", "Примечание банка", true);
    addProperty("", "Сегмент контрагента", false);
    if (withReceiptProperties) {
      addProperty(STATUS_PROPERTY, "Статус чека", true);
      addProperty(RECEIPT_ID_PROPERTY, "Номер чека", true);
      addProperty(CHECK_DATE_PROPERTY, "Дата проверки статуса чека", true);
    }
  }

  /** Adds an organization without a numbering prefix; its full name is its name. */
  public UUID addOrganization(String name, String inn, String kpp) {
    return addOrganization(infobase.keys().next(), name, name, inn, kpp, "");
  }

  /** Adds an organization with every detail given. */
  public UUID addOrganization(UUID key, String name, String fullName, String inn, String kpp, String prefix) {
    CatalogTable table = infobase.organizations();
    table.add(CatalogItems.organization(key, table.nextCode(9), name, fullName, inn, kpp, prefix));
    return key;
  }

  /** Adds a counterparty; a 10-digit INN makes it a company, anything else a private person. */
  public UUID addCounterparty(String name, String inn, @Nullable String email, @Nullable String phone) {
    String number = inn == null ? "" : inn;
    return addCounterparty(name, number, number.trim().length() == 10, new Contacts(email, phone, null).rows());
  }

  /**
   * Adds a counterparty with its contact rows in the given order.
   *
   * @param legalEntity a company (its main contract is filled in), else a private person
   */
  public UUID addCounterparty(String name, String inn, boolean legalEntity, List<ContactRow> contacts) {
    UUID key = infobase.keys().next();
    CatalogTable table = infobase.counterparties();
    table.add(CatalogItems.counterparty(key, table.nextCode(9), name, name, inn, legalEntity, List.copyOf(contacts),
        LocalDateTime.now().withNano(0)));
    return key;
  }

  /** Adds a natural person. */
  public UUID addNaturalPerson(String name, @Nullable String email, @Nullable String phone) {
    return addNaturalPerson(name, new Contacts(email, phone, null).rows());
  }

  /** Adds a natural person with its contact rows in the given order. */
  public UUID addNaturalPerson(String name, List<ContactRow> contacts) {
    UUID key = infobase.keys().next();
    CatalogTable table = infobase.naturalPersons();
    table.add(CatalogItems.naturalPerson(key, table.nextCode(10), name, "", "", List.copyOf(contacts)));
    return key;
  }

  /** Adds a property of the chart. */
  public UUID addProperty(String developerName, String title, boolean additionalInfo) {
    Objects.requireNonNull(developerName, "developerName");
    Objects.requireNonNull(title, "title");
    if (developerName.isEmpty() && title.isEmpty()) {
      throw new IllegalArgumentException("a property needs a developer name or a title");
    }
    UUID key = infobase.keys().next();
    infobase.properties().add(CatalogItems.property(key, developerName, title, additionalInfo));
    if (additionalInfo) {
      // Simplification: every additional information is in both document sets, as if added to each of them.
      for (UUID set : List.of(BpKeys.BANK_RECEIPT_PROPERTY_SET, BpKeys.BANK_WITHDRAWAL_PROPERTY_SET)) {
        infobase.propertySets().update(set, item -> item.with(Map.of(SET_INFO,
            CatalogItems.withSetMember(item, SET_INFO, key))));
      }
    }
    return key;
  }

  /**
   * Takes a property out of the {@code ДополнительныеСведения} of a predefined set.
   *
   * @return false when the set or the property is not there
   */
  public boolean removeFromPropertySet(String predefinedName, String propertyName) {
    Optional<UUID> property = propertyKey(propertyName);
    Optional<MapEntity> set = infobase.propertySets().all().stream()
        .filter(item -> predefinedName.equals(item.get("PredefinedDataName"))).findFirst();
    if (property.isEmpty() || set.isEmpty()) {
      return false;
    }
    List<?> before = (List<?>) set.get().get(SET_INFO);
    infobase.propertySets().update(set.get().key(), item -> item.with(Map.of(SET_INFO,
        CatalogItems.withoutSetMember(item, SET_INFO, property.get()))));
    return before.size() != ((List<?>) infobase.propertySets().get(set.get().key()).orElseThrow().get(SET_INFO))
        .size();
  }

  private void addPropertySet(UUID key, String predefinedName, String description) {
    if (infobase.propertySets().get(key).isEmpty()) {
      infobase.propertySets().add(CatalogItems.propertySet(key, predefinedName, description));
    }
  }

  /** The property whose {@code Имя} is {@code name}, else whose {@code Заголовок} or {@code Description} is. */
  public Optional<UUID> propertyKey(String name) {
    List<MapEntity> all = infobase.properties().all();
    return all.stream().filter(p -> name.equals(p.get("Имя"))).findFirst()
        .or(() -> all.stream().filter(p -> name.equals(p.get("Заголовок"))
            || name.equals(p.get(OnecNames.DESCRIPTION))).findFirst())
        .map(MapEntity::key);
  }

  /**
   * Adds a document; a missing key or number is assigned, the organization's bank account is filled in.
   *
   * @return the document's key
   */
  public UUID addBankReceipt(BankReceiptEntity.Draft draft) {
    fill(draft);
    infobase.bankReceipts().addAll(List.of(draft.build()));
    return draft.key;
  }

  /** Assigns a missing key and number and the organization's bank account, as 1C does on the first write. */
  public void fill(BankReceiptEntity.Draft draft) {
    if (draft.key == null) {
      draft.key = infobase.keys().next();
    }
    Optional<MapEntity> organization = infobase.organizations().get(draft.organization);
    if (draft.number == null || draft.number.isEmpty()) {
      String prefix = organization.map(o -> (String) o.get("Префикс")).orElse("");
      draft.number = infobase.numbers().next(prefix, draft.date.getYear());
    } else {
      infobase.numbers().observe(draft.number, draft.date.getYear());
    }
    if (draft.organizationAccount == null && organization.isPresent()) {
      draft.organizationAccount = (UUID) organization.get().get("ОсновнойБанковскийСчет_Key");
    }
  }

  /** The additional information of an object: property developer name (or title when empty) to value text. */
  public Map<String, String> additionalInfo(UUID object) {
    Map<String, String> values = new LinkedHashMap<>();
    for (AdditionalInfoRecord record : infobase.additionalInfo().ofObject(object)) {
      values.put(propertyName(record.property()), record.value());
    }
    return values;
  }

  /** One value of an object's additional information. */
  public Optional<String> additionalInfo(UUID object, String property) {
    Optional<UUID> key = propertyKey(property);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return infobase.additionalInfo().ofObject(object).stream()
        .filter(record -> record.property().equals(key.get())).map(AdditionalInfoRecord::value).findFirst();
  }

  /**
   * Writes one value of an object's additional information, creating or replacing the record. The object's type
   * is the set that holds it, a bank receipt when none does.
   *
   * @throws IllegalArgumentException for an unknown property
   */
  public void setAdditionalInfo(UUID object, String property, String value, String valueType) {
    UUID key = propertyKey(property)
        .orElseThrow(() -> new IllegalArgumentException("no property named " + property));
    String set = infobase.entitySetOf(object).orElse(OnecNames.BANK_RECEIPTS);
    infobase.additionalInfo().put(new AdditionalInfoRecord(object, OnecNames.qualified(set), key,
        Objects.requireNonNull(value, "value"), Objects.requireNonNull(valueType, "valueType")));
  }

  /** The organizations' keys in creation order. */
  public List<UUID> organizationKeys() {
    return infobase.organizations().all().stream().map(MapEntity::key).collect(Collectors.toList());
  }

  private String propertyName(UUID property) {
    return infobase.properties().get(property).map(p -> {
      String name = (String) p.get("Имя");
      return name.isEmpty() ? (String) p.get("Заголовок") : name;
    }).orElse(property.toString());
  }
}
