package io.github.receiptbridge.onec.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What 1C knows about a payer: name, INN, whether it is an organization, and every e-mail and phone of its contact
 * information ({@code КонтактнаяИнформация}), in the order of the rows.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractPayerContacts {
  /** The payer. */
  public abstract PayerRef payer();

  /** {@code Description}. */
  public abstract String name();

  /** {@code ИНН}, if filled in. */
  public abstract Optional<String> inn();

  /**
   * {@code ЮридическоеФизическоеЛицо} of a counterparty; always {@link LegalForm#NATURAL_PERSON} for an item of
   * {@code Catalog_ФизическиеЛица}.
   */
  @Value.Default
  public LegalForm legalForm() {
    return LegalForm.of("");
  }

  /**
   * Every e-mail text of the payer's e-mail rows, as 1C keeps them (not validated), in row order: of each row the
   * {@code АдресЭП} field, then its {@code Представление} when that says something else. Blank texts are left out.
   */
  public abstract List<String> emails();

  /**
   * Every phone text of the payer's phone rows, as 1C keeps them (not normalized), in row order: of each row the
   * {@code НомерТелефона} field, then its {@code Представление} when that says something else. Blank texts are left
   * out.
   */
  public abstract List<String> phones();

  /** The first of {@link #emails()}, if any. */
  public Optional<String> email() {
    return emails().stream().findFirst();
  }

  /** The first of {@link #phones()}, if any. */
  public Optional<String> phone() {
    return phones().stream().findFirst();
  }
}
