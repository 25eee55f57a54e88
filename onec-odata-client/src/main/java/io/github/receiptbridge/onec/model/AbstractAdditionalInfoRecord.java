package io.github.receiptbridge.onec.model;

import java.util.UUID;
import org.immutables.value.Value;

/**
 * One record of {@code InformationRegister_ДополнительныеСведения}: a value of a property for an object.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractAdditionalInfoRecord {
  /**
   * {@code Объект}: the owner's {@code Ref_Key}.
   *
   * @return the key of the document or catalog item the value belongs to
   */
  public abstract UUID objectKey();

  /**
   * {@code Объект_Type}, with its {@code StandardODATA.} prefix.
   *
   * @return the owner's type, such as {@code StandardODATA.Document_ПоступлениеНаРасчетныйСчет}
   */
  public abstract String objectType();

  /**
   * {@code Свойство_Key}.
   *
   * @return the {@code Ref_Key} of the property, as in {@link AdditionalProperty#key()}
   */
  public abstract UUID propertyKey();

  /**
   * {@code Значение} with {@code Значение_Type}.
   *
   * @return the value and its type
   */
  public abstract AdditionalValue value();
}
