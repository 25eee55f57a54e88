package io.github.receiptbridge.sandbox.internal.onec.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One property of an entity type as the standard interface shows it. A {@link Kind#REFERENCE} is a {@code X_Key}
 * GUID with a navigation property {@code X} when its target is published; a {@link Kind#COMPOSITE} is the pair
 * {@code X} + {@code X_Type}; a {@link Kind#TABULAR} part is an array of rows of {@link #rowType()}.
 */
public final class PropertyDef {
  /** How the property appears on the wire. */
  public enum Kind {
    /** One primitive member. */
    SIMPLE,
    /** {@code X_Key} plus, when the target is published, {@code X@navigationLinkUrl}. */
    REFERENCE,
    /** {@code X} and {@code X_Type}. */
    COMPOSITE,
    /** An array of rows. */
    TABULAR
  }

  private final String name;
  private final Kind kind;
  private final EdmType type;
  private final String target;
  private final int maxLength;
  private final boolean fixedLength;
  private final String enumType;
  private final EntityTypeDef rowType;

  private PropertyDef(String name, Kind kind, EdmType type, String target, int maxLength, boolean fixedLength,
      String enumType, EntityTypeDef rowType) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.type = type;
    this.target = target;
    this.maxLength = maxLength;
    this.fixedLength = fixedLength;
    this.enumType = enumType;
    this.rowType = rowType;
  }

  /** A string of variable length ({@code maxLength} 0: unlimited). */
  public static PropertyDef string(String name, int maxLength) {
    return new PropertyDef(name, Kind.SIMPLE, EdmType.STRING, null, maxLength, false, null, null);
  }

  /** A string of fixed length, padded with spaces on the wire. */
  public static PropertyDef fixedString(String name, int length) {
    return new PropertyDef(name, Kind.SIMPLE, EdmType.STRING, null, length, true, null, null);
  }

  /** An enumeration value, an {@code Edm.String} holding the value's name. */
  public static PropertyDef enumeration(String name, String enumType) {
    return new PropertyDef(name, Kind.SIMPLE, EdmType.STRING, null, 0, false, enumType, null);
  }

  /** A primitive of {@code type}. */
  public static PropertyDef simple(String name, EdmType type) {
    return new PropertyDef(name, Kind.SIMPLE, type, null, 0, false, null, null);
  }

  /**
   * A reference {@code <Nav>_Key} to an object of {@code targetSet}.
   *
   * @param name      the wire name, ending in {@code _Key}
   * @param targetSet the referenced entity set, for example {@code Catalog_Организации}
   */
  public static PropertyDef reference(String name, String targetSet) {
    if (!name.endsWith("_Key")) {
      throw new IllegalArgumentException("reference names end in _Key: " + name);
    }
    return new PropertyDef(name, Kind.REFERENCE, EdmType.GUID, targetSet, 0, false, null, null);
  }

  /** A composite field {@code name} + {@code name_Type}. */
  public static PropertyDef composite(String name) {
    return new PropertyDef(name, Kind.COMPOSITE, EdmType.STRING, null, 0, false, null, null);
  }

  /** A tabular part with rows of {@code rowType}. */
  public static PropertyDef tabular(String name, EntityTypeDef rowType) {
    return new PropertyDef(name, Kind.TABULAR, null, null, 0, false, null, rowType);
  }

  /** The wire name ({@code X_Key} for references, {@code X} for composites). */
  public String name() {
    return name;
  }

  /** The wire kind. */
  public Kind kind() {
    return kind;
  }

  /** The EDM type; {@link EdmType#STRING} for composites, {@code null} for tabular parts. */
  public @Nullable EdmType type() {
    return type;
  }

  /** The referenced entity set of a {@link Kind#REFERENCE}; {@code null} otherwise. */
  public String target() {
    return target;
  }

  /** The navigation property name of a reference ({@code X} for {@code X_Key}); {@code null} otherwise. */
  public String navigationName() {
    return kind == Kind.REFERENCE ? name.substring(0, name.length() - "_Key".length()) : null;
  }

  /** The name of the type member of a composite ({@code X_Type}); {@code null} otherwise. */
  public String typeMemberName() {
    return kind == Kind.COMPOSITE ? name + "_Type" : null;
  }

  /** Declared length of a string, 0 when unlimited or not a string. */
  public int maxLength() {
    return maxLength;
  }

  /** Whether a string is of fixed length (padded with spaces). */
  public boolean fixedLength() {
    return fixedLength;
  }

  /** The enumeration of an enum-valued property; {@code null} otherwise. */
  public String enumType() {
    return enumType;
  }

  /** The row type of a tabular part; {@code null} otherwise. */
  public EntityTypeDef rowType() {
    return rowType;
  }

  @Override
  public String toString() {
    return name;
  }
}
