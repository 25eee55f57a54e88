package io.github.receiptbridge.core;

import java.util.UUID;
import org.immutables.value.Value;

/**
 * The organization that receives the payments and issues the receipts.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractOrganization {
  /**
   * Its key in the ledger.
   *
   * @return the key, such as 1C's {@code Ref_Key}
   */
  public abstract UUID key();

  /**
   * Its short name, for example «УК Ромашка».
   *
   * @return the short name, shown in messages
   */
  public abstract String name();

  /**
   * Its INN.
   *
   * @return the INN, 10 digits for a legal entity and 12 for an entrepreneur
   */
  public abstract String inn();
}
