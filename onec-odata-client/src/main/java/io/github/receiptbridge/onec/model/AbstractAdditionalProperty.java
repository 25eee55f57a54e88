package io.github.receiptbridge.onec.model;

import java.util.UUID;
import org.immutables.value.Value;

/**
 * An additional property ({@code ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения}), the definition
 * behind «дополнительные сведения» such as {@code СчетМаш_СтатусЧека}.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractAdditionalProperty {
  /**
   * {@code Ref_Key}.
   *
   * @return the property's key, the {@code Свойство_Key} of its records
   */
  public abstract UUID key();

  /**
   * {@code Имя}: the developer name; may be empty for properties users created.
   *
   * @return the developer name, or the empty string
   */
  public abstract String name();

  /**
   * {@code Заголовок}: the caption users see.
   *
   * @return the caption; may be empty
   */
  public abstract String title();

  /**
   * {@code Description}.
   *
   * @return the chart item's name (Наименование)
   */
  public abstract String description();

  /**
   * {@code ЭтоДополнительноеСведение}: stored in the register (true) or in the owner's tabular part (false).
   *
   * @return {@code true} for additional information («дополнительное сведение»), {@code false} for an additional
   *     requisite
   */
  public abstract boolean additionalInfo();

  /**
   * {@code DeletionMark}.
   *
   * @return {@code true} when the property is marked for deletion
   */
  public abstract boolean deletionMark();
}
