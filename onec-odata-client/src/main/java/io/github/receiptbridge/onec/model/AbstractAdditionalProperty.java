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
  /** {@code Ref_Key}. */
  public abstract UUID key();

  /** {@code Имя}: the developer name; may be empty for properties users created. */
  public abstract String name();

  /** {@code Заголовок}: the caption users see. */
  public abstract String title();

  /** {@code Description}. */
  public abstract String description();

  /** {@code ЭтоДополнительноеСведение}: stored in the register (true) or in the owner's tabular part (false). */
  public abstract boolean additionalInfo();

  /** {@code DeletionMark}. */
  public abstract boolean deletionMark();
}
