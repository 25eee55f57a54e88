package io.github.receiptbridge.onec.model;

/**
 * The catalog a payer reference points to ({@code Контрагент_Type} of a bank receipt).
 *
 * @since 0.1.0
 */
public enum PayerKind {
  /** {@code StandardODATA.Catalog_Контрагенты}: a counterparty. */
  COUNTERPARTY("Catalog_Контрагенты"),
  /** {@code StandardODATA.Catalog_ФизическиеЛица}: a natural person. */
  NATURAL_PERSON("Catalog_ФизическиеЛица"),
  /** Any other type, including unpublished ones ({@code UnavailableEntities.…}); see the raw type. */
  OTHER("");

  private final String entitySet;

  PayerKind(String entitySet) {
    this.entitySet = entitySet;
  }

  /**
   * The entity set of this kind; empty for {@link #OTHER}.
   *
   * @return the entity-set name without the namespace, such as {@code Catalog_Контрагенты}
   */
  public String entitySet() {
    return entitySet;
  }

  /**
   * The kind of a {@code _Type} value such as {@code StandardODATA.Catalog_Контрагенты}.
   *
   * @param type the {@code Контрагент_Type} string as 1C sent it
   * @return the kind; {@link #OTHER} for any other type
   */
  public static PayerKind fromType(String type) {
    for (PayerKind kind : values()) {
      if (kind != OTHER && type.equals("StandardODATA." + kind.entitySet)) {
        return kind;
      }
    }
    return OTHER;
  }
}
