package io.github.receiptbridge.sandbox.internal.onec.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An entity type (and, for every kind but {@link Kind#ROW_TYPE}, the entity set of the same name): its properties
 * in the order 1C sends them, and its key.
 */
public final class EntityTypeDef {
  /** What kind of 1C object the type describes. */
  public enum Kind {
    /** {@code Catalog_X}: keyed by {@code Ref_Key}. */
    CATALOG,
    /** {@code Document_X}: keyed by {@code Ref_Key}, with Post/Unpost. */
    DOCUMENT,
    /** {@code ChartOfCharacteristicTypes_X}: keyed by {@code Ref_Key}. */
    CHART_OF_CHARACTERISTIC_TYPES,
    /** {@code InformationRegister_X} of an independent register: keyed by its dimensions. */
    INFORMATION_REGISTER,
    /** {@code <Owner>_<TabularPart>}: the rows of one tabular part, keyed by {@code Ref_Key} + {@code LineNumber}. */
    TABULAR_SECTION,
    /** {@code <Owner>_<TabularPart>_RowType}: a ComplexType, never an entity set. */
    ROW_TYPE
  }

  private final String name;
  private final Kind kind;
  private final List<PropertyDef> properties;
  private final List<String> keys;
  private final Map<String, PropertyDef> byName;
  private final String owner;

  private EntityTypeDef(String name, Kind kind, List<PropertyDef> properties, List<String> keys, String owner) {
    this.name = name;
    this.kind = kind;
    this.properties = List.copyOf(properties);
    this.keys = List.copyOf(keys);
    this.owner = owner;
    Map<String, PropertyDef> map = new LinkedHashMap<>();
    for (PropertyDef property : properties) {
      map.put(property.name(), property);
    }
    this.byName = Collections.unmodifiableMap(map);
  }

  /** Starts a type definition. */
  public static Builder builder(String name, Kind kind) {
    return new Builder(name, kind);
  }

  /** The entity-set and type name, for example {@code Catalog_Организации}. */
  public String name() {
    return name;
  }

  /** The kind of object. */
  public Kind kind() {
    return kind;
  }

  /** Properties in wire order. */
  public List<PropertyDef> properties() {
    return properties;
  }

  /** Names of the key properties, in key-URL order. */
  public List<String> keys() {
    return keys;
  }

  /** The property with this wire name, or {@code null}. */
  public @Nullable PropertyDef property(String propertyName) {
    return byName.get(propertyName);
  }

  /** The owning set of a tabular-section set or row type; {@code null} otherwise. */
  public String owner() {
    return owner;
  }

  /** Whether objects of this type are keyed by a single {@code Ref_Key} and carry a {@code DataVersion}. */
  public boolean isReferenceType() {
    return kind == Kind.CATALOG || kind == Kind.DOCUMENT || kind == Kind.CHART_OF_CHARACTERISTIC_TYPES;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Collects properties in wire order. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Kind kind;
    private final List<PropertyDef> properties = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private String owner;

    private Builder(String name, Kind kind) {
      this.name = name;
      this.kind = kind;
    }

    /** Appends properties. */
    public Builder add(PropertyDef... more) {
      properties.addAll(List.of(more));
      return this;
    }

    /** Declares the key, in key-URL order. */
    public Builder key(String... names) {
      keys.addAll(List.of(names));
      return this;
    }

    /** Declares the owning set of a tabular-section set or row type. */
    public Builder owner(String ownerSet) {
      this.owner = ownerSet;
      return this;
    }

    /** The definition. */
    public EntityTypeDef build() {
      return new EntityTypeDef(name, kind, properties, keys, owner);
    }
  }
}
