package io.github.receiptbridge.sandbox.internal.onec.model;

/**
 * One stored object, catalog item, document, register record or tabular-part row, as a property source. Values
 * are {@link String} (strings and enumerations), {@link java.util.UUID}, {@link java.time.LocalDateTime},
 * {@link java.math.BigDecimal} (Double), {@link Long} (Int64 and Int16), {@link Boolean},
 * {@link CompositeValue}, or a {@code List<Entity>} for a tabular part. Implementations are immutable.
 */
public interface Entity {
  /**
   * The value of a property of the entity's type.
   *
   * @param property a property name of {@link #type()}
   * @return the value; {@code null} only for a name the type does not have
   */
  Object get(String property);

  /** The entity's type. */
  EntityTypeDef type();
}
