package io.github.receiptbridge.onec.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What 1C knows about a payer: name, INN and the first e-mail and phone of its contact information ({@code
 * КонтактнаяИнформация}).
 */
@Value.Immutable
abstract class AbstractPayerContacts {
  /** The payer. */
  public abstract PayerRef payer();

  /** {@code Description}. */
  public abstract String name();

  /** {@code ИНН}, if filled in. */
  public abstract Optional<String> inn();

  /** The first e-mail address, if any. */
  public abstract Optional<String> email();

  /** The first phone number as 1C keeps it (not normalized), if any. */
  public abstract Optional<String> phone();
}
