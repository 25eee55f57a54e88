package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.ContactRow;
import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds catalog items the way БП 3.0 fills them when a user creates them. */
final class CatalogItems {
  private static final int SEEDED_VERSION = 1;

  private CatalogItems() {
  }

  /** An organization. */
  public static MapEntity organization(UUID key, String code, String name, String fullName, String inn, String kpp,
      String prefix) {
    Map<String, Object> values = new HashMap<>();
    values.put(OnecNames.REF_KEY, key);
    values.put(OnecNames.CODE, code);
    values.put(OnecNames.DESCRIPTION, name);
    values.put("НаименованиеПолное", fullName);
    values.put("НаименованиеСокращенное", name);
    values.put("ИНН", inn);
    values.put("КПП", kpp);
    values.put("ЮридическоеФизическоеЛицо", inn.length() == 12 ? "ФизическоеЛицо" : "ЮридическоеЛицо");
    values.put("Префикс", prefix);
    values.put("ОсновнойБанковскийСчет_Key", BpKeys.derived(key, "bank-account"));
    return MapEntity.of(BpSchema.ORGANIZATIONS, values, SEEDED_VERSION);
  }

  /**
   * A counterparty.
   *
   * @param legalEntity a company (else a private person kept as a counterparty, as residents often are)
   * @param contacts    the {@code КонтактнаяИнформация} rows, stored in this order
   */
  public static MapEntity counterparty(UUID key, String code, String name, String fullName, String inn,
      boolean legalEntity, List<ContactRow> contacts, LocalDateTime created) {
    Map<String, Object> values = new HashMap<>();
    values.put(OnecNames.REF_KEY, key);
    values.put(OnecNames.CODE, code);
    values.put(OnecNames.DESCRIPTION, name);
    values.put("НаименованиеПолное", fullName);
    values.put("ЮридическоеФизическоеЛицо", legalEntity ? "ЮридическоеЛицо" : "ФизическоеЛицо");
    values.put("ИНН", inn);
    values.put("СтранаРегистрации_Key", BpKeys.RUSSIA);
    values.put("ДатаСоздания", created);
    values.put("Ответственный_Key", BpKeys.ADMINISTRATOR);
    if (legalEntity) {
      values.put("ОсновнойДоговорКонтрагента_Key", BpKeys.derived(key, "contract"));
    }
    values.put("КонтактнаяИнформация", contactRows(contactRowType(BpSchema.COUNTERPARTIES), key, contacts));
    return MapEntity.of(BpSchema.COUNTERPARTIES, values, SEEDED_VERSION);
  }

  /**
   * A natural person.
   *
   * @param contacts the {@code КонтактнаяИнформация} rows, stored in this order
   */
  public static MapEntity naturalPerson(UUID key, String code, String name, String inn, String sex,
      List<ContactRow> contacts) {
    Map<String, Object> values = new HashMap<>();
    values.put(OnecNames.REF_KEY, key);
    values.put(OnecNames.CODE, code);
    values.put(OnecNames.DESCRIPTION, name);
    values.put("ИНН", inn);
    values.put("Пол", sex);
    values.put("КонтактнаяИнформация", contactRows(contactRowType(BpSchema.NATURAL_PERSONS), key, contacts));
    return MapEntity.of(BpSchema.NATURAL_PERSONS, values, SEEDED_VERSION);
  }

  /** An additional property (requisite or information) of the chart. */
  public static MapEntity property(UUID key, String developerName, String title, boolean additionalInfo) {
    Map<String, Object> values = new HashMap<>();
    values.put(OnecNames.REF_KEY, key);
    values.put(OnecNames.DESCRIPTION, title.isEmpty() ? developerName : title);
    values.put("Заголовок", title.isEmpty() ? developerName : title);
    values.put("Имя", developerName);
    values.put("ИдентификаторДляФормул", (developerName.isEmpty() ? title : developerName).replace(" ", ""));
    values.put("ЭтоДополнительноеСведение", additionalInfo);
    values.put("НаборСвойств_Key",
        additionalInfo ? BpKeys.BANK_RECEIPT_PROPERTY_SET : BpKeys.COUNTERPARTY_PROPERTY_SET);
    values.put("Виден", true);
    values.put("Доступен", true);
    return MapEntity.of(BpSchema.PROPERTIES, values, SEEDED_VERSION);
  }

  /** A predefined item of the property sets with empty tabular parts. */
  public static MapEntity propertySet(UUID key, String predefinedName, String description) {
    Map<String, Object> values = new HashMap<>();
    values.put(OnecNames.REF_KEY, key);
    values.put(OnecNames.DESCRIPTION, description);
    values.put("Используется", true);
    values.put("Predefined", true);
    values.put("PredefinedDataName", predefinedName);
    values.put("ДополнительныеРеквизиты", List.of());
    values.put("ДополнительныеСведения", List.of());
    return MapEntity.of(BpSchema.PROPERTY_SETS, values, SEEDED_VERSION);
  }

  /** The rows of tabular part {@code part} of a property set with {@code property} appended. */
  public static List<MapEntity> withSetMember(MapEntity set, String part, UUID property) {
    List<UUID> members = new ArrayList<>(setMembers(set, part));
    members.add(property);
    return setRows(set, part, members);
  }

  /** The rows of tabular part {@code part} of a property set without {@code property}, renumbered. */
  public static List<MapEntity> withoutSetMember(MapEntity set, String part, UUID property) {
    List<UUID> members = new ArrayList<>(setMembers(set, part));
    members.remove(property);
    return setRows(set, part, members);
  }

  private static List<UUID> setMembers(MapEntity set, String part) {
    List<UUID> members = new ArrayList<>();
    for (Object row : (List<?>) set.get(part)) {
      members.add((UUID) ((MapEntity) row).get(OnecNames.PROPERTY_KEY));
    }
    return members;
  }

  private static List<MapEntity> setRows(MapEntity set, String part, List<UUID> members) {
    EntityTypeDef rowType = BpSchema.PROPERTY_SETS.property(part).rowType();
    List<MapEntity> rows = new ArrayList<>();
    for (UUID member : members) {
      Map<String, Object> row = new HashMap<>();
      row.put(OnecNames.REF_KEY, set.key());
      row.put(OnecNames.LINE_NUMBER, (long) rows.size() + 1);
      row.put(OnecNames.PROPERTY_KEY, member);
      rows.add(MapEntity.of(rowType, row, 0));
    }
    return List.copyOf(rows);
  }

  private static EntityTypeDef contactRowType(EntityTypeDef owner) {
    return owner.property("КонтактнаяИнформация").rowType();
  }

  private static List<MapEntity> contactRows(EntityTypeDef rowType, UUID owner, List<ContactRow> contacts) {
    List<MapEntity> rows = new ArrayList<>(contacts.size());
    for (ContactRow contact : contacts) {
      Map<String, Object> row = row(owner, rows.size() + 1, contact.kind(), contact.presentation());
      String value = contact.structuredValue();
      switch (contact.kind()) {
        case ContactRow.EMAIL:
          int at = value.indexOf('@');
          row.put("АдресЭП", value);
          row.put("ДоменноеИмяСервера", at < 0 ? "" : value.substring(at + 1));
          break;
        case ContactRow.PHONE:
          String digits = value.replaceAll("\\D", "");
          row.put("НомерТелефона", value);
          row.put("НомерТелефонаБезКодов", digits.length() > 7 ? digits.substring(digits.length() - 7) : digits);
          break;
        default:
          row.put("Страна", value);
          break;
      }
      rows.add(MapEntity.of(rowType, row, 0));
    }
    return List.copyOf(rows);
  }

  private static UUID kindKey(String kind) {
    switch (kind) {
      case ContactRow.EMAIL:
        return BpKeys.CONTACT_KIND_EMAIL;
      case ContactRow.PHONE:
        return BpKeys.CONTACT_KIND_PHONE;
      default:
        return BpKeys.CONTACT_KIND_ADDRESS;
    }
  }

  private static Map<String, Object> row(UUID owner, int lineNumber, String kind, String presentation) {
    UUID kindKey = kindKey(kind);
    Map<String, Object> row = new HashMap<>();
    row.put(OnecNames.REF_KEY, owner);
    row.put(OnecNames.LINE_NUMBER, (long) lineNumber);
    row.put("Тип", kind);
    row.put("Вид_Key", kindKey);
    row.put("ВидДляСписка_Key", kindKey);
    row.put("Представление", presentation);
    return row;
  }
}
