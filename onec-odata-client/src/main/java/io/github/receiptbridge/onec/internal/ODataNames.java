package io.github.receiptbridge.onec.internal;

/**
 * Every entity-set and property name of 1C:Бухгалтерия предприятия 3.0 this client uses, in one place
 * ({@code onec-odata.md} §4, §5). Java code elsewhere uses these constants, never literal Cyrillic names.
 */
public final class ODataNames {
  /** Namespace that prefixes type names in {@code _Type} values and key URLs. */
  public static final String NAMESPACE = "StandardODATA.";

  /** Catalog of the companies kept in the infobase. */
  public static final String ORGANIZATIONS = "Catalog_Организации";
  /** Catalog of counterparties (legal entities, entrepreneurs, sometimes residents). */
  public static final String COUNTERPARTIES = "Catalog_Контрагенты";
  /** Catalog of natural persons. */
  public static final String NATURAL_PERSONS = "Catalog_ФизическиеЛица";
  /** «Поступление на расчетный счет»: an incoming bank payment. */
  public static final String BANK_RECEIPTS = "Document_ПоступлениеНаРасчетныйСчет";
  /** «Списание с расчетного счета»: an outgoing bank payment, among them refunds to payers. */
  public static final String BANK_WITHDRAWALS = "Document_СписаниеСРасчетногоСчета";
  /** The chart of additional requisites and information properties. */
  public static final String PROPERTIES = "ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения";
  /** The catalog of property sets, one predefined item per object type (§5.2, UNCONFIRMED on a live base). */
  public static final String PROPERTY_SETS = "Catalog_НаборыДополнительныхРеквизитовИСведений";
  /** The tabular part of a property set listing its additional information. */
  public static final String SET_ADDITIONAL_INFO = "ДополнительныеСведения";
  /** The name of a predefined item. */
  public static final String PREDEFINED_NAME = "PredefinedDataName";
  /** The register of additional information («дополнительные сведения»). */
  public static final String ADDITIONAL_INFO = "InformationRegister_ДополнительныеСведения";

  /** Standard key of catalogs and documents. */
  public static final String REF_KEY = "Ref_Key";
  /** Standard name of catalog items. */
  public static final String DESCRIPTION = "Description";
  /** Standard document number. */
  public static final String NUMBER = "Number";
  /** Standard document date. */
  public static final String DATE = "Date";
  /** Standard posted flag. */
  public static final String POSTED = "Posted";
  /** Standard deletion mark. */
  public static final String DELETION_MARK = "DeletionMark";

  /** Taxpayer number of organizations and counterparties. */
  public static final String INN = "ИНН";
  /** Tax registration reason code. */
  public static final String KPP = "КПП";
  /** Full name. */
  public static final String FULL_NAME = "НаименованиеПолное";

  /** Whether a counterparty is a legal entity or a person (enum name string). */
  public static final String LEGAL_FORM = "ЮридическоеФизическоеЛицо";

  /** The receiving organization of a bank receipt. */
  public static final String ORGANIZATION_KEY = "Организация_Key";
  /** Operation kind of a bank receipt (enum name string). */
  public static final String OPERATION_KIND = "ВидОперации";
  /** Document amount. */
  public static final String AMOUNT = "СуммаДокумента";
  /** Payment purpose text. */
  public static final String PURPOSE = "НазначениеПлатежа";
  /** The number of the payer's payment order. */
  public static final String INCOMING_NUMBER = "НомерВходящегоДокумента";
  /** The date of the payer's payment order. */
  public static final String INCOMING_DATE = "ДатаВходящегоДокумента";
  /** The payer: a composite reference. */
  public static final String PAYER = "Контрагент";
  /** The type of the payer reference. */
  public static final String PAYER_TYPE = "Контрагент_Type";

  /** The document a bank withdrawal was entered from: a composite reference. */
  public static final String BASIS_DOCUMENT = "ДокументОснование";
  /** The type of the basis document reference. */
  public static final String BASIS_DOCUMENT_TYPE = "ДокументОснование_Type";
  /** Tabular part «Расшифровка платежа» of bank documents. */
  public static final String DECODING = "РасшифровкаПлатежа";
  /** Row number of a tabular part (Int64, a string on the wire). */
  public static final String LINE_NUMBER = "LineNumber";
  /** «Документ расчетов» of a decoding row: a composite reference. */
  public static final String SETTLEMENT_DOCUMENT = "Сделка";
  /** The type of the settlement document reference. */
  public static final String SETTLEMENT_DOCUMENT_TYPE = "Сделка_Type";
  /** Amount of a decoding row. */
  public static final String ROW_AMOUNT = "СуммаПлатежа";

  /** Tabular part of contact information. */
  public static final String CONTACTS = "КонтактнаяИнформация";
  /** Contact kind (enum name string). */
  public static final String CONTACT_KIND = "Тип";
  /** E-mail column. */
  public static final String CONTACT_EMAIL = "АдресЭП";
  /** Phone column. */
  public static final String CONTACT_PHONE = "НомерТелефона";
  /** Readable value column. */
  public static final String CONTACT_PRESENTATION = "Представление";
  /** Contact kind value of e-mail rows. */
  public static final String KIND_EMAIL = "АдресЭлектроннойПочты";
  /** Contact kind value of phone rows. */
  public static final String KIND_PHONE = "Телефон";

  /** Developer name of an additional property. */
  public static final String PROPERTY_NAME = "Имя";
  /** Caption of an additional property. */
  public static final String PROPERTY_TITLE = "Заголовок";
  /** Whether a property is additional information (register) rather than a requisite (tabular part). */
  public static final String PROPERTY_IS_INFO = "ЭтоДополнительноеСведение";

  /** Register dimension: the owner object (composite). */
  public static final String OBJECT = "Объект";
  /** Type of the owner object. */
  public static final String OBJECT_TYPE = "Объект_Type";
  /** Register dimension: the property. */
  public static final String PROPERTY_KEY = "Свойство_Key";
  /** Register resource: the value (composite, always a string on the wire). */
  public static final String VALUE = "Значение";
  /** Type of the value. */
  public static final String VALUE_TYPE = "Значение_Type";

  private ODataNames() {}

  /** {@code StandardODATA.<entitySet>}, the form of {@code _Type} values. */
  public static String qualified(String entitySet) {
    return entitySet.startsWith(NAMESPACE) ? entitySet : NAMESPACE + entitySet;
  }
}
