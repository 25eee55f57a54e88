package io.github.receiptbridge.sandbox.internal.onec.model;

import java.util.Objects;
import java.util.UUID;

/**
 * The value of a composite field: the text of {@code X} and the type in {@code X_Type}, for example a GUID with
 * {@code StandardODATA.Catalog_Контрагенты}, {@code "4"} with {@code Edm.Double}, or {@code ""} with
 * {@code StandardODATA.Undefined}.
 *
 * @param value the text as sent in {@code X}
 * @param type  the type as sent in {@code X_Type}
 */
public record CompositeValue(String value, String type) {
  /** Неопределено. */
  public static final CompositeValue UNDEFINED = new CompositeValue("", OnecNames.UNDEFINED_TYPE);

  /** Checks both parts are present. */
  public CompositeValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
  }

  /** A reference to {@code key} in {@code entitySet} (without the namespace). */
  public static CompositeValue reference(UUID key, String entitySet) {
    return new CompositeValue(key.toString(), OnecNames.NAMESPACE + entitySet);
  }

  /** Whether this is a reference to an object of a (published or not) entity set. */
  public boolean isReference() {
    return type.startsWith(OnecNames.NAMESPACE) && !OnecNames.UNDEFINED_TYPE.equals(type)
        || type.startsWith(OnecNames.UNAVAILABLE_ENTITY_PREFIX);
  }
}
