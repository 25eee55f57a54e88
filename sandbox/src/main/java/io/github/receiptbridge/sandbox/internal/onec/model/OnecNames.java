package io.github.receiptbridge.sandbox.internal.onec.model;

/** The 1C names the simulator uses in more than one place. */
public final class OnecNames {
  /** Namespace of the standard interface's types. */
  public static final String NAMESPACE = "StandardODATA.";
  /** {@code _Type} of an empty composite value. */
  public static final String UNDEFINED_TYPE = "StandardODATA.Undefined";
  /** Prefix of the {@code _Type} of a reference to an object outside the composition. */
  public static final String UNAVAILABLE_ENTITY_PREFIX = "UnavailableEntities.UnavailableEntity_";

  /** Catalog of the infobase's companies. */
  public static final String ORGANIZATIONS = "Catalog_Организации";
  /** Catalog of counterparties. */
  public static final String COUNTERPARTIES = "Catalog_Контрагенты";
  /** Catalog of natural persons. */
  public static final String NATURAL_PERSONS = "Catalog_ФизическиеЛица";
  /** The chart of additional requisites and information. */
  public static final String PROPERTIES = "ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения";
  /** The catalog of property sets: one predefined item per object type, listing the properties it has. */
  public static final String PROPERTY_SETS = "Catalog_НаборыДополнительныхРеквизитовИСведений";
  /** «Поступление на расчетный счет». */
  public static final String BANK_RECEIPTS = "Document_ПоступлениеНаРасчетныйСчет";
  /** The row set of the bank receipts' {@code РасшифровкаПлатежа}. */
  public static final String BANK_RECEIPT_DECODING = "Document_ПоступлениеНаРасчетныйСчет_РасшифровкаПлатежа";
  /** «Списание с расчетного счета»: outgoing bank payments, refunds to payers among them ({@code onec-odata.md} §4.1a). */
  public static final String BANK_WITHDRAWALS = "Document_СписаниеСРасчетногоСчета";
  /** The independent register of additional information. */
  public static final String ADDITIONAL_INFO = "InformationRegister_ДополнительныеСведения";

  /** Standard key of reference objects. */
  public static final String REF_KEY = "Ref_Key";
  /** Standard version stamp. */
  public static final String DATA_VERSION = "DataVersion";
  /** Standard deletion mark. */
  public static final String DELETION_MARK = "DeletionMark";
  /** Standard name of catalog items. */
  public static final String DESCRIPTION = "Description";
  /** Standard code of catalog items. */
  public static final String CODE = "Code";
  /** Standard document number. */
  public static final String NUMBER = "Number";
  /** Standard document date. */
  public static final String DATE = "Date";
  /** Standard posted flag. */
  public static final String POSTED = "Posted";
  /** Standard row number of tabular parts. */
  public static final String LINE_NUMBER = "LineNumber";

  /** Register dimension: the owner object (composite). */
  public static final String OBJECT = "Объект";
  /** Register dimension: the property. */
  public static final String PROPERTY_KEY = "Свойство_Key";
  /** Register resource: the value (composite). */
  public static final String VALUE = "Значение";

  private OnecNames() {
  }

  /** {@code StandardODATA.<set>}. */
  public static String qualified(String entitySet) {
    return NAMESPACE + entitySet;
  }
}
