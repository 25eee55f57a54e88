package io.github.receiptbridge.onec.model;

/**
 * The type of a composite value, {@code Значение_Type} on the wire.
 *
 * @since 0.1.0
 */
public enum ValueKind {
  /** {@code Edm.String}. */
  STRING("Edm.String"),
  /** {@code Edm.Double}: sent as a plain decimal string, for example {@code "1234"}. */
  NUMBER("Edm.Double"),
  /** {@code Edm.DateTime}: {@code yyyy-MM-ddTHH:mm:ss}, the server's wall-clock time. */
  DATE_TIME("Edm.DateTime"),
  /** {@code Edm.Boolean}. */
  BOOLEAN("Edm.Boolean"),
  /** Anything else, such as a reference ({@code StandardODATA.Catalog_…}) or {@code StandardODATA.Undefined}. */
  OTHER("");

  private final String wireType;

  ValueKind(String wireType) {
    this.wireType = wireType;
  }

  /**
   * The {@code _Type} string; empty for {@link #OTHER}.
   *
   * @return the type string, such as {@code Edm.Double}
   */
  public String wireType() {
    return wireType;
  }

  /**
   * The kind of a {@code _Type} string.
   *
   * @param type the {@code Значение_Type} string as 1C sent it
   * @return the kind; {@link #OTHER} for any type but the four plain ones
   */
  public static ValueKind fromWire(String type) {
    for (ValueKind kind : values()) {
      if (kind != OTHER && kind.wireType.equals(type)) {
        return kind;
      }
    }
    return OTHER;
  }
}
