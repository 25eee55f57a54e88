package io.github.receiptbridge.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the ledger knows about a payer: the name, the INN, whether it is a person or an organization, and every e-mail
 * and phone
 * text of its contacts as the ledger keeps them (unvalidated, in the ledger's order). The workflow sends the receipt
 * to the first valid e-mail, else the first Russian mobile number, else the policy's fallback e-mail.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractPayer {
  /**
   * The payer.
   *
   * @return the reference the ledger read the payer by
   */
  public abstract PayerRef ref();

  /**
   * The payer's name.
   *
   * @return the name, as the ledger keeps it
   */
  public abstract String name();

  /**
   * The payer's INN as the ledger keeps it (unvalidated; in 1C {@code ИНН}), when it has one. A receipt to an
   * organization, or to a payer with a valid INN (10 or 12 digits), carries the buyer's name and INN (ФФД tags 1227
   * and 1228); a person without one gets neither.
   *
   * @return the INN; empty when the ledger has none
   */
  public abstract Optional<String> inn();

  /**
   * Person or organization; default {@link PayerKind#UNKNOWN}.
   *
   * @return {@link PayerKind#PERSON}, {@link PayerKind#ORGANIZATION} or {@link PayerKind#UNKNOWN}
   */
  @Value.Default
  public PayerKind kind() {
    return PayerKind.UNKNOWN;
  }

  /**
   * Every e-mail text, unvalidated, in order; blank ones are ignored.
   *
   * @return the e-mail texts; empty when the payer has none
   */
  public abstract List<String> emails();

  /**
   * Every phone text, unnormalized, in order; blank ones are ignored.
   *
   * @return the phone texts; empty when the payer has none
   */
  public abstract List<String> phones();
}
