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
  /**
   * The payer.
   *
   * @return the reference this record was read for
   */
  public abstract PayerRef payer();

  /**
   * {@code Description}.
   *
   * @return the payer's short name as 1C shows it
   */
  public abstract String name();

  /**
   * {@code ИНН}, if filled in.
   *
   * @return the INN as 1C holds it, trimmed and not validated; empty when the field is blank
   */
  public abstract Optional<String> inn();

  /**
   * {@code ЮридическоеФизическоеЛицо} of a counterparty; always {@link LegalForm#NATURAL_PERSON} for an item of
   * {@code Catalog_ФизическиеЛица}; default {@code LegalForm.of("")}, the form that is neither, when 1C sent none.
   *
   * @return the legal form, possibly a raw one this client does not know
   */
  @Value.Default
  public LegalForm legalForm() {
    return LegalForm.of("");
  }

  /**
   * Every e-mail text of the payer's e-mail rows, as 1C keeps them (not validated), in row order: of each row the
   * {@code АдресЭП} field, then its {@code Представление} when that says something else. Blank texts are left out.
   *
   * @return the e-mail texts; empty when there are none
   */
  public abstract List<String> emails();

  /**
   * Every phone text of the payer's phone rows, as 1C keeps them (not normalized), in row order: of each row the
   * {@code НомерТелефона} field, then its {@code Представление} when that says something else. Blank texts are left
   * out.
   *
   * @return the phone texts; empty when there are none
   */
  public abstract List<String> phones();

  /**
   * The first of {@link #emails()}, if any.
   *
   * @return the first e-mail text; empty when there is none
   */
  public Optional<String> email() {
    return emails().stream().findFirst();
  }

  /**
   * The first of {@link #phones()}, if any.
   *
   * @return the first phone text; empty when there is none
   */
  public Optional<String> phone() {
    return phones().stream().findFirst();
  }
}
