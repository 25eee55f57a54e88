package io.github.receiptbridge.onec.model;

import java.util.UUID;
import org.immutables.value.Value;

/**
 * A reference to the payer of a bank receipt: the composite {@code Контрагент} + {@code Контрагент_Type}.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractPayerRef {
  /**
   * The referenced object's {@code Ref_Key}.
   *
   * @return the payer's key in its catalog
   */
  @Value.Parameter
  public abstract UUID key();

  /**
   * The type exactly as 1C sent it, for example {@code StandardODATA.Catalog_Контрагенты}.
   *
   * @return the raw type
   */
  @Value.Parameter
  public abstract String rawType();

  /**
   * The kind of payer.
   *
   * @return the catalog of the payer; {@link PayerKind#OTHER} for a type other than the two known ones
   */
  @Value.Derived
  public PayerKind kind() {
    return PayerKind.fromType(rawType());
  }
}
