package io.github.receiptbridge.onec.model;

import java.util.Objects;

/**
 * Whether a payer is an organization or a person: the {@code ЮридическоеФизическоеЛицо} enumeration of {@code
 * Catalog_Контрагенты}. A value this client does not know (a derived configuration may add one) is kept raw.
 *
 * @since 0.1.0
 */
public final class LegalForm {
  /** {@code ЮридическоеЛицо}: a legal entity. */
  public static final LegalForm LEGAL_ENTITY = new LegalForm("ЮридическоеЛицо");
  /** {@code ФизическоеЛицо}: a natural person (also every item of {@code Catalog_ФизическиеЛица}). */
  public static final LegalForm NATURAL_PERSON = new LegalForm("ФизическоеЛицо");

  private final String wireValue;

  private LegalForm(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The form of a wire value: one of the constants, or a raw form for anything else (including empty).
   *
   * @param wireValue the enumeration value's name; surrounding spaces are ignored
   * @return {@link #LEGAL_ENTITY}, {@link #NATURAL_PERSON}, or a form holding the trimmed value
   */
  public static LegalForm of(String wireValue) {
    String value = Objects.requireNonNull(wireValue, "wireValue").trim();
    if (value.equals(LEGAL_ENTITY.wireValue)) {
      return LEGAL_ENTITY;
    }
    if (value.equals(NATURAL_PERSON.wireValue)) {
      return NATURAL_PERSON;
    }
    return new LegalForm(value);
  }

  /**
   * The enumeration value's name as 1C sends it; empty when 1C sent none.
   *
   * @return the name, such as {@code ЮридическоеЛицо}; the empty string when 1C sent none
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Whether this is {@link #LEGAL_ENTITY}.
   *
   * @return {@code true} for a legal entity
   */
  public boolean isLegalEntity() {
    return this.equals(LEGAL_ENTITY);
  }

  /**
   * Whether this is {@link #NATURAL_PERSON}.
   *
   * @return {@code true} for a natural person
   */
  public boolean isNaturalPerson() {
    return this.equals(NATURAL_PERSON);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LegalForm form && form.wireValue.equals(wireValue);
  }

  @Override
  public int hashCode() {
    return wireValue.hashCode();
  }

  @Override
  public String toString() {
    return wireValue.isEmpty() ? "(not set)" : wireValue;
  }
}
