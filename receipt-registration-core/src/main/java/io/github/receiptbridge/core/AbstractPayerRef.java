package io.github.receiptbridge.core;

import java.util.UUID;
import org.immutables.value.Value;

/**
 * A reference to the payer of a {@link PaymentDocument}: its key, and the ledger's own name of where that key lives
 * (in 1C the catalog, {@code StandardODATA.Catalog_ФизическиеЛица} or {@code StandardODATA.Catalog_Контрагенты}).
 * A ledger with one kind of payer leaves the type empty: {@code PayerRef.of(key)}.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractPayerRef {
  /**
   * The payer's key, stable for its whole life.
   *
   * @return the key
   */
  @Value.Parameter
  public abstract UUID key();

  /**
   * Where the ledger keeps the payer, in its own words; empty by default. Not read by the workflow.
   *
   * @return the ledger's type name, or the empty string
   */
  @Value.Default
  public String ledgerType() {
    return "";
  }
}
