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
  /**
   * The developer name, for example {@code СчетМаш_СтатусЧека}.
   *
   * @return the name 1C's «Имя» field holds; a property with an empty «Имя» may match by its caption instead
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The kind of value it holds.
   *
   * @return the kind of value the application writes
   */
  @Value.Parameter
  public abstract ValueKind kind();

  /**
   * The value type in 1C's words, for the setup instructions, for example «Число (10, 0)».
   *
   * @return a description shown in the setup instructions only, never checked against 1C
   */
  @Value.Parameter
  public abstract String typeDescription();
}
