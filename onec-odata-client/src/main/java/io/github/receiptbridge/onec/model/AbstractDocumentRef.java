package io.github.receiptbridge.onec.model;

import java.util.UUID;
import org.immutables.value.Value;

/**
 * A reference held in a composite field that names documents, such as {@code ДокументОснование} + {@code
 * ДокументОснование_Type} of a bank withdrawal or {@code Сделка} + {@code Сделка_Type} of one of its rows.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractDocumentRef {
  /** The {@code _Type} of a reference to a «Поступление на расчетный счет». */
  public static final String BANK_RECEIPT_TYPE = "StandardODATA.Document_ПоступлениеНаРасчетныйСчет";

  /**
   * The referenced document's {@code Ref_Key}.
   *
   * @return the document's key
   */
  @Value.Parameter
  public abstract UUID key();

  /**
   * The type exactly as 1C sent it, for example {@code StandardODATA.Document_ПоступлениеНаРасчетныйСчет}.
   *
   * @return the raw type
   */
  @Value.Parameter
  public abstract String rawType();

  /**
   * The entity set the type names ({@code Document_ПоступлениеНаРасчетныйСчет}), or the raw type unchanged when it
   * is not in the {@code StandardODATA} namespace (an unpublished type, {@code UnavailableEntities.…}).
   *
   * @return the entity-set name, without the namespace
   */
  @Value.Derived
  public String entitySet() {
    return rawType().startsWith("StandardODATA.") ? rawType().substring("StandardODATA.".length()) : rawType();
  }

  /**
   * Whether this names a «Поступление на расчетный счет», the document a refund usually goes back to.
   *
   * @return {@code true} when the type is {@link #BANK_RECEIPT_TYPE}
   */
  @Value.Derived
  public boolean isBankReceipt() {
    return BANK_RECEIPT_TYPE.equals(rawType());
  }
}
