package io.github.receiptbridge.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * What the ledger knows about a payer: the name, whether it is a person or an organization, and every e-mail and phone
 * text of its contacts as the ledger keeps them (unvalidated, in the ledger's order). The workflow sends the receipt
 * to the first valid e-mail, else the first Russian mobile number, else the policy's fallback e-mail.
 */
@Value.Immutable
abstract class AbstractPayer {
  /** The payer. */
  public abstract PayerRef ref();

  /** The payer's name. */
  public abstract String name();

  /** Person or organization; default {@link PayerKind#UNKNOWN}. */
  @Value.Default
  public PayerKind kind() {
    return PayerKind.UNKNOWN;
  }

  /** Every e-mail text, unvalidated, in order; blank ones are ignored. */
  public abstract List<String> emails();

  /** Every phone text, unnormalized, in order; blank ones are ignored. */
  public abstract List<String> phones();
}
