package io.github.receiptbridge.sandbox;

/**
 * The legal form of a counterparty, its {@code ЮридическоеФизическоеЛицо}; see
 * {@link OnecData#addCounterparty(String, String, CounterpartyForm, java.util.List)}.
 *
 * @since 0.1.0
 */
public enum CounterpartyForm {
  /**
   * {@code ЮридическоеЛицо}: a company (an entrepreneur too, as БП keeps them), with a main contract
   * ({@code ОсновнойДоговорКонтрагента_Key}).
   */
  LEGAL_ENTITY,
  /**
   * {@code ФизическоеЛицо}: a private person kept as a counterparty, as residents often are, without a main
   * contract. Still an item of {@code Catalog_Контрагенты}; for {@code Catalog_ФизическиеЛица} use
   * {@link OnecData#addNaturalPerson(String, java.util.List)}.
   */
  NATURAL_PERSON
}
