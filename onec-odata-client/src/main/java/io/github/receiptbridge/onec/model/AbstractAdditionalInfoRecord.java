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
  /** {@code Объект}: the owner's {@code Ref_Key}. */
  public abstract UUID objectKey();

  /** {@code Объект_Type}, with its {@code StandardODATA.} prefix. */
  public abstract String objectType();

  /** {@code Свойство_Key}. */
  public abstract UUID propertyKey();

  /** {@code Значение} with {@code Значение_Type}. */
  public abstract AdditionalValue value();
}
