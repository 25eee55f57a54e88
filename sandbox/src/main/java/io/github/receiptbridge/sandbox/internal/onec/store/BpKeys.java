package io.github.receiptbridge.sandbox.internal.onec.store;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Keys of the objects the simulated documents point to but that are not simulated themselves (accounts, cash-flow
 * items, the currency, the user): fixed, so answers are stable across runs.
 */
public final class BpKeys {
  /** Chart-of-accounts account 51 «Расчетные счета». */
  public static final UUID ACCOUNT_51 = UUID.fromString("5b3b8a1e-1c2d-11ee-8c3a-0050569f1a01");
  /** Account 62.01 «Расчеты с покупателями и заказчиками». */
  public static final UUID ACCOUNT_62_01 = UUID.fromString("5b3b8a1f-1c2d-11ee-8c3a-0050569f1a01");
  /** Account 62.02 «Расчеты по авансам полученным». */
  public static final UUID ACCOUNT_62_02 = UUID.fromString("5b3b8a20-1c2d-11ee-8c3a-0050569f1a01");
  /** Account 60.01 «Расчеты с поставщиками и подрядчиками». */
  public static final UUID ACCOUNT_60_01 = UUID.fromString("5b3b8a21-1c2d-11ee-8c3a-0050569f1a01");
  /** Account 91.01 «Прочие доходы». */
  public static final UUID ACCOUNT_91_01 = UUID.fromString("5b3b8a22-1c2d-11ee-8c3a-0050569f1a01");
  /** Cash-flow item «Оплата от покупателей». */
  public static final UUID CASH_FLOW_CUSTOMER_PAYMENT = UUID.fromString("6c4c9b2f-1c2d-11ee-8c3a-0050569f1a01");
  /** Cash-flow item «Прочие поступления». */
  public static final UUID CASH_FLOW_OTHER = UUID.fromString("6c4c9b30-1c2d-11ee-8c3a-0050569f1a01");
  /** Cash-flow item «Возврат денежных средств поставщиком». */
  public static final UUID CASH_FLOW_SUPPLIER_REFUND = UUID.fromString("6c4c9b31-1c2d-11ee-8c3a-0050569f1a01");
  /** Currency «руб.». */
  public static final UUID RUBLE = UUID.fromString("7d5dac40-1c2d-11ee-8c3a-0050569f1a01");
  /** The user «Администратор». */
  public static final UUID ADMINISTRATOR = UUID.fromString("8e6ebd51-1c2d-11ee-8c3a-0050569f1a01");
  /** Contact-information kind «Email контрагента» / «Email физического лица». */
  public static final UUID CONTACT_KIND_EMAIL = UUID.fromString("9f7fce62-1c2d-11ee-8c3a-0050569f1a01");
  /** Contact-information kind «Телефон». */
  public static final UUID CONTACT_KIND_PHONE = UUID.fromString("9f7fce63-1c2d-11ee-8c3a-0050569f1a01");
  /** Contact-information kind «Адрес». */
  public static final UUID CONTACT_KIND_ADDRESS = UUID.fromString("9f7fce64-1c2d-11ee-8c3a-0050569f1a01");
  /** The property set «Документ_ПоступлениеНаРасчетныйСчет». */
  public static final UUID BANK_RECEIPT_PROPERTY_SET = UUID.fromString("a080df73-1c2d-11ee-8c3a-0050569f1a01");
  /** The property set «Документ_СписаниеСРасчетногоСчета». */
  public static final UUID BANK_WITHDRAWAL_PROPERTY_SET = UUID.fromString("a080df75-1c2d-11ee-8c3a-0050569f1a01");
  /** The property set «Справочник_Контрагенты». */
  public static final UUID COUNTERPARTY_PROPERTY_SET = UUID.fromString("a080df74-1c2d-11ee-8c3a-0050569f1a01");
  /** Country «РОССИЯ». */
  public static final UUID RUSSIA = UUID.fromString("b191e084-1c2d-11ee-8c3a-0050569f1a01");

  private BpKeys() {
  }

  /**
   * A key derived from another one, for objects that belong to it (an organization's bank account, a
   * counterparty's contract): stable and distinct per {@code purpose}.
   */
  public static UUID derived(UUID owner, String purpose) {
    return UUID.nameUUIDFromBytes((purpose + ":" + owner).getBytes(StandardCharsets.UTF_8));
  }

  /** The id 1C gives a metadata object, used in {@code UnavailableEntities.UnavailableEntity_<id>}. */
  public static UUID metadataObject(String entitySet) {
    return UUID.nameUUIDFromBytes(("metadata:" + entitySet).getBytes(StandardCharsets.UTF_8));
  }
}
