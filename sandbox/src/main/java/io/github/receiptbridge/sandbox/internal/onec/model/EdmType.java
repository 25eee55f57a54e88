package io.github.receiptbridge.sandbox.internal.onec.model;

/** The EDM primitive types 1C uses for the simulated properties, with their {@code $metadata} names. */
public enum EdmType {
  /** Строка and enumeration values; also both halves of a composite field. */
  STRING("Edm.String"),
  /** A reference ({@code X_Key}, {@code Ref_Key}). */
  GUID("Edm.Guid"),
  /** Дата: {@code yyyy-MM-ddTHH:mm:ss}, no zone. */
  DATE_TIME("Edm.DateTime"),
  /** A fractional Число: a JSON number, integral values without {@code .0}. */
  DOUBLE("Edm.Double"),
  /** An integer Число of large precision: a JSON <em>string</em>. */
  INT64("Edm.Int64"),
  /** An integer Число of small precision: a JSON number. */
  INT16("Edm.Int16"),
  /** Булево. */
  BOOLEAN("Edm.Boolean");

  private final String wireName;

  EdmType(String wireName) {
    this.wireName = wireName;
  }

  /** The name in {@code $metadata} and in {@code _Type} values, for example {@code Edm.Double}. */
  public String wireName() {
    return wireName;
  }
}
