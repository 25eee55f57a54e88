package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.internal.onec.model.Defaults;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A catalog item, chart item or tabular-part row held as a map of its non-default values. Immutable: a write
 * yields a new instance with the next {@code DataVersion}.
 */
public final class MapEntity implements Entity {
  private final EntityTypeDef type;
  private final Map<String, Object> values;
  private final int version;

  private MapEntity(EntityTypeDef type, Map<String, Object> values, int version) {
    this.type = type;
    this.values = values;
    this.version = version;
  }

  /**
   * An entity of {@code type} with {@code values}; properties not given have their empty value.
   *
   * @param version the DataVersion counter (ignored for types without one)
   */
  public static MapEntity of(EntityTypeDef type, Map<String, Object> values, int version) {
    Map<String, Object> copy = new HashMap<>();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      if (type.property(entry.getKey()) == null) {
        throw new IllegalArgumentException(type.name() + " has no property " + entry.getKey());
      }
      copy.put(entry.getKey(), entry.getValue());
    }
    return new MapEntity(type, Collections.unmodifiableMap(copy), version);
  }

  @Override
  public Object get(String property) {
    if (OnecNames.DATA_VERSION.equals(property) && type.isReferenceType()) {
      return Defaults.dataVersion(version);
    }
    Object value = values.get(property);
    if (value != null) {
      return value;
    }
    PropertyDef definition = type.property(property);
    return definition == null ? null : Defaults.of(definition);
  }

  @Override
  public EntityTypeDef type() {
    return type;
  }

  /** The {@code Ref_Key}; only for reference types. */
  public UUID key() {
    return (UUID) values.get(OnecNames.REF_KEY);
  }

  /** This entity with {@code changes} applied and the DataVersion bumped (even when nothing changes). */
  public MapEntity with(Map<String, Object> changes) {
    Map<String, Object> merged = new HashMap<>(values);
    merged.putAll(changes);
    merged.put(OnecNames.REF_KEY, values.get(OnecNames.REF_KEY));
    merged.values().removeIf(Objects::isNull);
    return of(type, merged, version + 1);
  }

  /** The DataVersion counter. */
  public int version() {
    return version;
  }

  /** The same values as an entity of another type with the same properties (a document's row vs. the row set). */
  public MapEntity retyped(EntityTypeDef otherType) {
    return new MapEntity(otherType, values, version);
  }

  @Override
  public String toString() {
    return type.name() + values;
  }
}
