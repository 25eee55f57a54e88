package io.github.receiptbridge.sandbox;

import java.util.Objects;
import java.util.Set;

/**
 * One row of the {@code КонтактнаяИнформация} tabular part of a counterparty or a natural person, to seed with
 * {@link OnecData#addCounterparty(String, String, CounterpartyForm, java.util.List)} or
 * {@link OnecData#addNaturalPerson(String, java.util.List)}. Rows are stored in the order given, so an owner may have
 * several rows of one kind in any order, as real infobases do. Immutable.
 *
 * <p>Each row has a readable {@code Представление} and one structured field that depends on its kind: {@code АдресЭП}
 * for an e-mail (its {@code ДоменноеИмяСервера} is the part after {@code @}), {@code НомерТелефона} for a phone (its
 * {@code НомерТелефонаБезКодов} is the last seven digits), {@code Страна} for an address. The two may differ, as
 * they do in data typed by hand or migrated from older configurations:
 *
 * <pre>{@code
 * List<ContactRow> rows = List.of(
 *     ContactRow.address("г. Москва, ул. Садовая, д. 5, кв. 12"),
 *     ContactRow.email("нет"),                                  // typed into the e-mail field
 *     ContactRow.email("petrova@mail.ru"),
 *     ContactRow.phone("8 (495) 123-45-67"),
 *     ContactRow.phone("+7 (916) 123-45-67", ""));              // only the presentation is filled
 * UUID person = sandbox.data().addNaturalPerson("Петрова Анна Ивановна", rows);
 * }</pre>
 *
 * @param kind            {@code Тип}: {@value #EMAIL}, {@value #PHONE} or {@value #ADDRESS}
 * @param presentation    {@code Представление}, the readable value
 * @param structuredValue the kind's structured field ({@code АдресЭП}, {@code НомерТелефона} or {@code Страна}),
 *                        may be empty
 * @since 0.1.0
 */
public record ContactRow(String kind, String presentation, String structuredValue) {
  /** {@code Тип} of an e-mail row. */
  public static final String EMAIL = "АдресЭлектроннойПочты";
  /** {@code Тип} of a phone row. */
  public static final String PHONE = "Телефон";
  /** {@code Тип} of an address row. */
  public static final String ADDRESS = "Адрес";
  /** The {@code Страна} of an address made by {@link #address(String)}. */
  public static final String RUSSIA = "РОССИЯ";

  private static final Set<String> KINDS = Set.of(EMAIL, PHONE, ADDRESS);

  /**
   * A row.
   *
   * @param kind            {@code Тип}: {@value #EMAIL}, {@value #PHONE} or {@value #ADDRESS}
   * @param presentation    {@code Представление}
   * @param structuredValue the kind's structured field, may be empty
   * @throws IllegalArgumentException for another kind
   */
  public ContactRow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(presentation, "presentation");
    Objects.requireNonNull(structuredValue, "structuredValue");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unsupported contact kind " + kind + "; expected one of " + EMAIL + ", "
          + PHONE + ", " + ADDRESS);
    }
  }

  /**
   * An e-mail row whose {@code АдресЭП} is its {@code Представление}.
   *
   * @param address the address as written, for example {@code "buh@vector.ru"} or a typo such as {@code "нет"}
   * @return the row
   */
  public static ContactRow email(String address) {
    return new ContactRow(EMAIL, address, address);
  }

  /**
   * An e-mail row whose {@code АдресЭП} differs from its {@code Представление}.
   *
   * @param presentation the readable value
   * @param addressField {@code АдресЭП}, may be empty
   * @return the row
   */
  public static ContactRow email(String presentation, String addressField) {
    return new ContactRow(EMAIL, presentation, addressField);
  }

  /**
   * A phone row whose {@code НомерТелефона} is its {@code Представление}.
   *
   * @param number the number as written, for example {@code "+7 (916) 123-45-67"} or {@code "8 (495) 123-45-67"}
   * @return the row
   */
  public static ContactRow phone(String number) {
    return new ContactRow(PHONE, number, number);
  }

  /**
   * A phone row whose {@code НомерТелефона} differs from its {@code Представление}.
   *
   * @param presentation the readable value
   * @param numberField  {@code НомерТелефона}, may be empty
   * @return the row
   */
  public static ContactRow phone(String presentation, String numberField) {
    return new ContactRow(PHONE, presentation, numberField);
  }

  /**
   * An address row in Russia ({@code Страна} = {@value #RUSSIA}).
   *
   * @param address the address as written, for example {@code "г. Москва, ул. Садовая, д. 5, кв. 12"}
   * @return the row
   */
  public static ContactRow address(String address) {
    return new ContactRow(ADDRESS, address, RUSSIA);
  }
}
