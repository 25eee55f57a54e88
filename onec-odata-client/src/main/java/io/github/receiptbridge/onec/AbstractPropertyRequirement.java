package io.github.receiptbridge.onec;

import io.github.receiptbridge.onec.model.ValueKind;
import org.immutables.value.Value;

/**
 * An additional-information property the application needs, found by its developer name ({@code Имя}).
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractPropertyRequirement {
  /** The developer name, for example {@code СчетМаш_СтатусЧека}. */
  @Value.Parameter
  public abstract String name();

  /** The kind of value it holds. */
  @Value.Parameter
  public abstract ValueKind kind();

  /** The value type in 1C's words, for the setup instructions, for example «Число (10, 0)». */
  @Value.Parameter
  public abstract String typeDescription();
}
