package io.github.receiptbridge.sandbox.internal.onec.model;

import static io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef.composite;
import static io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef.enumeration;
import static io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef.fixedString;
import static io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef.reference;
import static io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef.simple;
import static io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef.string;
import static io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef.tabular;

import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef.Kind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The simulated objects of 1C:Бухгалтерия предприятия 3.0 ({@code onec-odata.md} §4, §5): attribute lists from
 * the configuration dumps mapped to OData names, standard fields first, tabular parts after the attributes,
 * {@code Predefined}/{@code PredefinedDataName} of catalogs last.
 */
public final class BpSchema {
  /** Enumeration of bank-receipt operation kinds. */
  public static final String OPERATION_KINDS = "ВидыОперацийПоступлениеДенежныхСредств";
  /** Enumeration of bank-withdrawal operation kinds. */
  public static final String WITHDRAWAL_OPERATION_KINDS = "ВидыОперацийСписаниеДенежныхСредств";
  /** Enumeration of contact-information kinds. */
  public static final String CONTACT_KINDS = "ТипыКонтактнойИнформации";
  /** Enumeration of legal/natural person. */
  public static final String LEGAL_FORMS = "ЮридическоеФизическоеЛицо";
  /** Enumeration of VAT rates. */
  public static final String VAT_RATES = "СтавкиНДС";
  /** Enumeration of debt settlement methods. */
  public static final String SETTLEMENT_METHODS = "СпособыПогашенияЗадолженности";
  /** Enumeration of sexes. */
  public static final String SEXES = "ПолФизическогоЛица";

  /** Enumerations declared in {@code $metadata}. */
  public static final List<EnumDef> ENUMS = List.of(
      new EnumDef(OPERATION_KINDS, List.of("ОплатаПокупателя", "ВозвратОтПоставщика", "РасчетыПоКредитамИЗаймам",
          "ПолучениеЗайма", "ПолучениеКредита", "ВозвратЗаймаКонтрагентом", "ВозвратОтПодотчетногоЛица",
          "ВозвратНалога", "ПрочиеРасчетыСКонтрагентами", "ОплатаОтФакторинговойКомпании", "ПереводСДругогоСчета",
          "Депозит", "ВзносНаличными", "Инкассация", "ПриобретениеИностраннойВалюты",
          "ПоступленияОтПродажиИностраннойВалюты", "ПоступленияОтПродажПоПлатежнымКартамИБанковскимКредитам",
          "ВозвратЗаймаРаботником", "ЛичныеСредстваПредпринимателя", "ВзносВУставныйКапитал",
          "ПрочееПоступление")),
      new EnumDef(WITHDRAWAL_OPERATION_KINDS, List.of("ОплатаПоставщику", "ВозвратПокупателю",
          "ПеречислениеНалога", "РасчетыПоКредитамИЗаймам", "ВозвратЗайма", "ВозвратКредита",
          "ВыдачаЗаймаКонтрагенту", "ПрочиеРасчетыСКонтрагентами", "ПереводНаДругойСчет", "Депозит",
          "СнятиеНаличных", "ПеречислениеПодотчетномуЛицу", "ПеречислениеЗП", "ПеречислениеЗаработнойПлатыРаботнику",
          "ПеречислениеСотрудникуПоДоговоруПодряда", "ПеречислениеДепонентов", "ПеречислениеДивидендов",
          "ВыдачаЗаймаРаботнику", "ЛичныеСредстваПредпринимателя", "ПрочееСписание", "КомиссияБанка",
          "ПеречислениеНалогаЗаТретьихЛиц", "ВыплатыСамозанятым", "ВыплатаСамозанятому",
          "ПеречислениеПоИсполнительномуЛистуРаботника")),
      new EnumDef(CONTACT_KINDS, List.of("Адрес", "АдресЭлектроннойПочты", "ВебСтраница", "Телефон", "Факс",
          "Другое", "Skype")),
      new EnumDef(LEGAL_FORMS, List.of("ЮридическоеЛицо", "ФизическоеЛицо")),
      new EnumDef(VAT_RATES, List.of("БезНДС", "НДС0", "НДС10", "НДС18", "НДС20", "НДС10_110", "НДС18_118",
          "НДС20_120")),
      new EnumDef(SETTLEMENT_METHODS, List.of("Автоматически", "ПоДокументу", "НеПогашать")),
      new EnumDef(SEXES, List.of("Мужской", "Женский")));

  /** {@code Catalog_Организации}. */
  public static final EntityTypeDef ORGANIZATIONS = EntityTypeDef.builder(OnecNames.ORGANIZATIONS, Kind.CATALOG)
      .add(standardCatalogHead(OnecNames.ORGANIZATIONS, false, 9, 100))
      .add(string("НаименованиеПолное", 0), string("НаименованиеСокращенное", 250), string("ИНН", 12),
          fixedString("КПП", 9), string("ОГРН", 15), string("КодПоОКПО", 10),
          enumeration("ЮридическоеФизическоеЛицо", LEGAL_FORMS), string("Префикс", 2),
          reference("ГоловнаяОрганизация_Key", OnecNames.ORGANIZATIONS), simple("ОбособленноеПодразделение",
              EdmType.BOOLEAN),
          reference("ИндивидуальныйПредприниматель_Key", OnecNames.NATURAL_PERSONS),
          reference("ОсновнойБанковскийСчет_Key", "Catalog_БанковскиеСчета"), string("Комментарий", 0))
      .add(predefined())
      .key(OnecNames.REF_KEY)
      .build();

  /** {@code Catalog_Контрагенты}. */
  public static final EntityTypeDef COUNTERPARTIES = EntityTypeDef.builder(OnecNames.COUNTERPARTIES, Kind.CATALOG)
      .add(standardCatalogHead(OnecNames.COUNTERPARTIES, true, 9, 100))
      .add(string("НаименованиеПолное", 1000), enumeration("ЮридическоеФизическоеЛицо", LEGAL_FORMS),
          string("ИНН", 12), fixedString("КПП", 9), string("КодПоОКПО", 10), string("РегистрационныйНомер", 50),
          reference("СтранаРегистрации_Key", "Catalog_СтраныМира"),
          reference("ГоловнойКонтрагент_Key", OnecNames.COUNTERPARTIES),
          simple("ОбособленноеПодразделение", EdmType.BOOLEAN), string("ДокументУдостоверяющийЛичность", 0),
          simple("ДатаСоздания", EdmType.DATE_TIME), reference("Ответственный_Key", "Catalog_Пользователи"),
          reference("ОсновнойБанковскийСчет_Key", "Catalog_БанковскиеСчета"),
          reference("ОсновнойДоговорКонтрагента_Key", "Catalog_ДоговорыКонтрагентов"), string("Комментарий", 0),
          tabular("КонтактнаяИнформация", contactRows(OnecNames.COUNTERPARTIES)),
          tabular("ДополнительныеРеквизиты", additionalRequisiteRows(OnecNames.COUNTERPARTIES)))
      .add(predefined())
      .key(OnecNames.REF_KEY)
      .build();

  /** {@code Catalog_ФизическиеЛица}. */
  public static final EntityTypeDef NATURAL_PERSONS = EntityTypeDef.builder(OnecNames.NATURAL_PERSONS,
          Kind.CATALOG)
      .add(standardCatalogHead(OnecNames.NATURAL_PERSONS, true, 10, 100))
      .add(simple("ДатаРождения", EdmType.DATE_TIME), enumeration("Пол", SEXES), string("ИНН", 12),
          string("СтраховойНомерПФР", 14), string("МестоРождения", 240), string("Комментарий", 0),
          tabular("КонтактнаяИнформация", contactRows(OnecNames.NATURAL_PERSONS)))
      .add(predefined())
      .key(OnecNames.REF_KEY)
      .build();

  /** {@code ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения}. */
  public static final EntityTypeDef PROPERTIES = EntityTypeDef.builder(OnecNames.PROPERTIES,
          Kind.CHART_OF_CHARACTERISTIC_TYPES)
      .add(simple(OnecNames.REF_KEY, EdmType.GUID), simple(OnecNames.DATA_VERSION, EdmType.STRING),
          simple(OnecNames.DELETION_MARK, EdmType.BOOLEAN), reference("Parent_Key", OnecNames.PROPERTIES),
          simple("IsFolder", EdmType.BOOLEAN), string(OnecNames.DESCRIPTION, 150))
      .add(string("Заголовок", 75), string("Имя", 100), string("ИдентификаторДляФормул", 150),
          simple("ЭтоДополнительноеСведение", EdmType.BOOLEAN),
          reference("НаборСвойств_Key", "Catalog_НаборыДополнительныхРеквизитовИСведений"),
          simple("Виден", EdmType.BOOLEAN), simple("Доступен", EdmType.BOOLEAN),
          simple("ЗаполнятьОбязательно", EdmType.BOOLEAN),
          reference("ВладелецДополнительныхЗначений_Key", OnecNames.PROPERTIES),
          simple("ДополнительныеЗначенияИспользуются", EdmType.BOOLEAN),
          simple("ДополнительныеЗначенияСВесом", EdmType.BOOLEAN), simple("МногострочноеПолеВвода", EdmType.INT16),
          string("Подсказка", 0), string("Комментарий", 0), string("ФорматСвойства", 0),
          simple("ВыводитьВВидеГиперссылки", EdmType.BOOLEAN),
          tabular("ЗависимостиДополнительныхРеквизитов", EntityTypeDef.builder(
              rowTypeName(OnecNames.PROPERTIES, "ЗависимостиДополнительныхРеквизитов"), Kind.ROW_TYPE)
              .owner(OnecNames.PROPERTIES)
              .add(rowHead()).add(string("ЗависимоеСвойство", 0), string("Условие", 0), composite("Значение"))
              .build()),
          tabular("Представления", EntityTypeDef.builder(rowTypeName(OnecNames.PROPERTIES, "Представления"),
              Kind.ROW_TYPE)
              .owner(OnecNames.PROPERTIES)
              .add(rowHead()).add(string("КодЯзыка", 10), string("Заголовок", 75), string("Подсказка", 0))
              .build()))
      .add(predefined())
      .key(OnecNames.REF_KEY)
      .build();

  /**
   * {@code Catalog_НаборыДополнительныхРеквизитовИСведений} ({@code onec-odata.md} §5.2): the predefined item of a
   * document type lists its properties in the tabular parts {@code ДополнительныеРеквизиты} and {@code
   * ДополнительныеСведения}.
   */
  public static final EntityTypeDef PROPERTY_SETS = EntityTypeDef.builder(OnecNames.PROPERTY_SETS, Kind.CATALOG)
      .add(standardCatalogHead(OnecNames.PROPERTY_SETS, true, 0, 150))
      .add(simple("Используется", EdmType.BOOLEAN), string("Комментарий", 0),
          tabular("ДополнительныеРеквизиты", propertySetRows("ДополнительныеРеквизиты")),
          tabular("ДополнительныеСведения", propertySetRows("ДополнительныеСведения")))
      .add(predefined())
      .key(OnecNames.REF_KEY)
      .build();

  private static final PropertyDef[] DECODING_COLUMNS = {
      reference("ДоговорКонтрагента_Key", "Catalog_ДоговорыКонтрагентов"),
      enumeration("СпособПогашенияЗадолженности", SETTLEMENT_METHODS), composite("Сделка"),
      simple("СуммаПлатежа", EdmType.DOUBLE), simple("КурсВзаиморасчетов", EdmType.DOUBLE),
      simple("СуммаВзаиморасчетов", EdmType.DOUBLE), enumeration("СтавкаНДС", VAT_RATES),
      simple("СуммаНДС", EdmType.DOUBLE), reference("СчетНаОплату_Key", "Document_СчетНаОплатуПокупателю"),
      reference("СтатьяДвиженияДенежныхСредств_Key", "Catalog_СтатьиДвиженияДенежныхСредств"),
      reference("СчетУчетаРасчетовСКонтрагентом_Key", "ChartOfAccounts_Хозрасчетный"),
      reference("СчетУчетаРасчетовПоАвансам_Key", "ChartOfAccounts_Хозрасчетный"),
      simple("КратностьВзаиморасчетов", EdmType.INT64), simple("СуммаУслуг", EdmType.DOUBLE),
      composite("ПорядокОтраженияАванса"), simple("СуммаВозврата", EdmType.DOUBLE)};

  /** The row type of the bank receipts' {@code РасшифровкаПлатежа}. */
  public static final EntityTypeDef BANK_RECEIPT_DECODING_ROW = EntityTypeDef.builder(
          rowTypeName(OnecNames.BANK_RECEIPTS, "РасшифровкаПлатежа"), Kind.ROW_TYPE)
      .owner(OnecNames.BANK_RECEIPTS)
      .add(rowHead()).add(DECODING_COLUMNS)
      .build();

  /** The row set {@code Document_ПоступлениеНаРасчетныйСчет_РасшифровкаПлатежа}. */
  public static final EntityTypeDef BANK_RECEIPT_DECODING = EntityTypeDef.builder(
          OnecNames.BANK_RECEIPT_DECODING, Kind.TABULAR_SECTION)
      .owner(OnecNames.BANK_RECEIPTS)
      .add(rowHead()).add(DECODING_COLUMNS)
      .key(OnecNames.REF_KEY, OnecNames.LINE_NUMBER)
      .build();

  /** {@code Document_ПоступлениеНаРасчетныйСчет}. */
  public static final EntityTypeDef BANK_RECEIPTS = EntityTypeDef.builder(OnecNames.BANK_RECEIPTS, Kind.DOCUMENT)
      .add(simple(OnecNames.REF_KEY, EdmType.GUID), simple(OnecNames.DATA_VERSION, EdmType.STRING),
          simple(OnecNames.DELETION_MARK, EdmType.BOOLEAN), fixedString(OnecNames.NUMBER, 11),
          simple(OnecNames.DATE, EdmType.DATE_TIME), simple(OnecNames.POSTED, EdmType.BOOLEAN))
      .add(reference("Организация_Key", OnecNames.ORGANIZATIONS), enumeration("ВидОперации", OPERATION_KINDS),
          reference("СчетОрганизации_Key", "Catalog_БанковскиеСчета"),
          reference("ПодразделениеОрганизации_Key", "Catalog_ПодразделенияОрганизаций"),
          reference("СчетБанк_Key", "ChartOfAccounts_Хозрасчетный"), string("НомерВходящегоДокумента", 20),
          simple("ДатаВходящегоДокумента", EdmType.DATE_TIME), composite("Контрагент"),
          reference("СчетКонтрагента_Key", "Catalog_БанковскиеСчета"), simple("СуммаДокумента", EdmType.DOUBLE),
          reference("СчетУчетаРасчетовСКонтрагентом_Key", "ChartOfAccounts_Хозрасчетный"),
          reference("СтатьяДвиженияДенежныхСредств_Key", "Catalog_СтатьиДвиженияДенежныхСредств"),
          simple("СуммаУслуг", EdmType.DOUBLE), simple("КурсНаДатуПриобретенияРеализацииВалюты", EdmType.DOUBLE),
          simple("ОтражатьРазницуВКурсеВСоставеОперационныхРасходов", EdmType.BOOLEAN),
          string("НазначениеПлатежа", 210), reference("Ответственный_Key", "Catalog_Пользователи"),
          string("Комментарий", 0), reference("ДоговорКонтрагента_Key", "Catalog_ДоговорыКонтрагентов"),
          reference("ВалютаДокумента_Key", "Catalog_Валюты"), composite("ДокументОснование"),
          simple("РучнаяКорректировка", EdmType.BOOLEAN),
          tabular("РасшифровкаПлатежа", BANK_RECEIPT_DECODING_ROW),
          tabular("РеквизитыКонтрагента", EntityTypeDef.builder(
              rowTypeName(OnecNames.BANK_RECEIPTS, "РеквизитыКонтрагента"), Kind.ROW_TYPE)
              .owner(OnecNames.BANK_RECEIPTS)
              .add(rowHead()).add(string("Реквизит", 20), string("Значение", 0), string("Представление", 30),
                  string("ТипКонтрагента", 10))
              .build()))
      .key(OnecNames.REF_KEY)
      .build();

  /** The row type of the bank withdrawals' {@code РасшифровкаПлатежа} (§4.1a). */
  public static final EntityTypeDef BANK_WITHDRAWAL_DECODING_ROW = EntityTypeDef.builder(
          rowTypeName(OnecNames.BANK_WITHDRAWALS, "РасшифровкаПлатежа"), Kind.ROW_TYPE)
      .owner(OnecNames.BANK_WITHDRAWALS)
      .add(rowHead())
      .add(reference("ДоговорКонтрагента_Key", "Catalog_ДоговорыКонтрагентов"),
          enumeration("СпособПогашенияЗадолженности", SETTLEMENT_METHODS), composite("Сделка"),
          simple("СуммаПлатежа", EdmType.DOUBLE), simple("КурсВзаиморасчетов", EdmType.DOUBLE),
          simple("СуммаВзаиморасчетов", EdmType.DOUBLE), enumeration("СтавкаНДС", VAT_RATES),
          simple("СуммаНДС", EdmType.DOUBLE),
          reference("СтатьяДвиженияДенежныхСредств_Key", "Catalog_СтатьиДвиженияДенежныхСредств"),
          reference("СчетУчетаРасчетовСКонтрагентом_Key", "ChartOfAccounts_Хозрасчетный"),
          reference("СчетУчетаРасчетовПоАвансам_Key", "ChartOfAccounts_Хозрасчетный"),
          simple("КратностьВзаиморасчетов", EdmType.INT64), simple("РасходыУСН", EdmType.DOUBLE),
          simple("НДСУСН", EdmType.DOUBLE), reference("СчетНаОплату_Key", "Document_СчетНаОплатуПоставщика"))
      .build();

  /** {@code Document_СписаниеСРасчетногоСчета} (§4.1a). */
  public static final EntityTypeDef BANK_WITHDRAWALS = EntityTypeDef.builder(OnecNames.BANK_WITHDRAWALS,
          Kind.DOCUMENT)
      .add(simple(OnecNames.REF_KEY, EdmType.GUID), simple(OnecNames.DATA_VERSION, EdmType.STRING),
          simple(OnecNames.DELETION_MARK, EdmType.BOOLEAN), fixedString(OnecNames.NUMBER, 11),
          simple(OnecNames.DATE, EdmType.DATE_TIME), simple(OnecNames.POSTED, EdmType.BOOLEAN))
      .add(enumeration("ВидОперации", WITHDRAWAL_OPERATION_KINDS),
          reference("Организация_Key", OnecNames.ORGANIZATIONS),
          reference("СчетОрганизации_Key", "Catalog_БанковскиеСчета"),
          reference("ПодразделениеОрганизации_Key", "Catalog_ПодразделенияОрганизаций"),
          reference("СчетБанк_Key", "ChartOfAccounts_Хозрасчетный"), string("НомерВходящегоДокумента", 20),
          simple("ДатаВходящегоДокумента", EdmType.DATE_TIME), composite("Контрагент"),
          reference("СчетКонтрагента_Key", "Catalog_БанковскиеСчета"), simple("СуммаДокумента", EdmType.DOUBLE),
          reference("СчетУчетаРасчетовСКонтрагентом_Key", "ChartOfAccounts_Хозрасчетный"),
          reference("СтатьяДвиженияДенежныхСредств_Key", "Catalog_СтатьиДвиженияДенежныхСредств"),
          string("НазначениеПлатежа", 210), reference("Ответственный_Key", "Catalog_Пользователи"),
          string("Комментарий", 0), composite("ДокументОснование"),
          reference("ДоговорКонтрагента_Key", "Catalog_ДоговорыКонтрагентов"),
          reference("ВалютаДокумента_Key", "Catalog_Валюты"), simple("РучнаяКорректировка", EdmType.BOOLEAN),
          tabular("РасшифровкаПлатежа", BANK_WITHDRAWAL_DECODING_ROW))
      .key(OnecNames.REF_KEY)
      .build();

  /** {@code InformationRegister_ДополнительныеСведения}: independent, non-periodic, no DataVersion. */
  public static final EntityTypeDef ADDITIONAL_INFO = EntityTypeDef.builder(OnecNames.ADDITIONAL_INFO,
          Kind.INFORMATION_REGISTER)
      .add(composite(OnecNames.OBJECT), reference(OnecNames.PROPERTY_KEY, OnecNames.PROPERTIES),
          composite(OnecNames.VALUE))
      .key(OnecNames.OBJECT, OnecNames.OBJECT + "_Type", OnecNames.PROPERTY_KEY)
      .build();

  /** Every simulated entity set, in service-document order. */
  public static final List<EntityTypeDef> ENTITY_SETS = List.of(ORGANIZATIONS, COUNTERPARTIES, NATURAL_PERSONS,
      BANK_RECEIPTS, BANK_RECEIPT_DECODING, BANK_WITHDRAWALS, PROPERTIES, PROPERTY_SETS, ADDITIONAL_INFO);

  private static final Map<String, EntityTypeDef> BY_NAME = ENTITY_SETS.stream()
      .collect(Collectors.toUnmodifiableMap(EntityTypeDef::name, Function.identity()));

  private BpSchema() {
  }

  /** The simulated entity set of this name, or {@code null}. */
  public static @Nullable EntityTypeDef entitySet(String name) {
    return BY_NAME.get(name);
  }

  /** The name of the row type of tabular part {@code part} of {@code owner}. */
  public static String rowTypeName(String owner, String part) {
    return owner + "_" + part + "_RowType";
  }

  private static PropertyDef[] standardCatalogHead(String self, boolean hierarchical, int codeLength,
      int descriptionLength) {
    PropertyDef head = simple(OnecNames.REF_KEY, EdmType.GUID);
    PropertyDef version = simple(OnecNames.DATA_VERSION, EdmType.STRING);
    PropertyDef mark = simple(OnecNames.DELETION_MARK, EdmType.BOOLEAN);
    PropertyDef code = fixedString(OnecNames.CODE, codeLength);
    PropertyDef description = string(OnecNames.DESCRIPTION, descriptionLength);
    if (!hierarchical) {
      return new PropertyDef[] {head, version, mark, code, description};
    }
    return new PropertyDef[] {head, version, mark, reference("Parent_Key", self),
        simple("IsFolder", EdmType.BOOLEAN), code, description};
  }

  private static PropertyDef[] predefined() {
    return new PropertyDef[] {simple("Predefined", EdmType.BOOLEAN), string("PredefinedDataName", 0)};
  }

  private static PropertyDef[] rowHead() {
    return new PropertyDef[] {simple(OnecNames.REF_KEY, EdmType.GUID),
        simple(OnecNames.LINE_NUMBER, EdmType.INT64)};
  }

  private static EntityTypeDef contactRows(String owner) {
    return EntityTypeDef.builder(rowTypeName(owner, "КонтактнаяИнформация"), Kind.ROW_TYPE)
        .owner(owner)
        .add(rowHead())
        .add(enumeration("Тип", CONTACT_KINDS), reference("Вид_Key", "Catalog_ВидыКонтактнойИнформации"),
            string("Представление", 500), string("ЗначенияПолей", 0), string("Страна", 100), string("Регион", 50),
            string("Город", 50), string("АдресЭП", 100), string("ДоменноеИмяСервера", 100),
            string("НомерТелефона", 20), string("НомерТелефонаБезКодов", 20),
            reference("ВидДляСписка_Key", "Catalog_ВидыКонтактнойИнформации"), string("Значение", 0))
        .build();
  }

  private static EntityTypeDef propertySetRows(String part) {
    return EntityTypeDef.builder(rowTypeName(OnecNames.PROPERTY_SETS, part), Kind.ROW_TYPE)
        .owner(OnecNames.PROPERTY_SETS)
        .add(rowHead())
        .add(reference(OnecNames.PROPERTY_KEY, OnecNames.PROPERTIES), simple("ПометкаУдаления", EdmType.BOOLEAN))
        .build();
  }

  private static EntityTypeDef additionalRequisiteRows(String owner) {
    return EntityTypeDef.builder(rowTypeName(owner, "ДополнительныеРеквизиты"), Kind.ROW_TYPE)
        .owner(owner)
        .add(rowHead())
        .add(reference(OnecNames.PROPERTY_KEY, OnecNames.PROPERTIES), composite(OnecNames.VALUE),
            string("ТекстоваяСтрока", 0))
        .build();
  }
}
