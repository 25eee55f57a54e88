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
  /** Its key in the ledger. */
  public abstract UUID key();

  /** Its short name, for example «УК Ромашка». */
  public abstract String name();

  /** Its INN. */
  public abstract String inn();
}
