package io.github.receiptbridge.onec.model;

import java.util.UUID;
import org.immutables.value.Value;

/**
 * An organization of the infobase ({@code Catalog_Организации}).
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractOrganization {
  /** {@code Ref_Key}. */
  public abstract UUID key();

  /** {@code Description}: the short name, for example «УК Ромашка». */
  public abstract String name();

  /** {@code ИНН}. */
  public abstract String inn();

  /** {@code КПП}; empty for an entrepreneur. */
  public abstract String kpp();

  /** {@code НаименованиеПолное}; empty when the configuration does not return it. */
  public abstract String fullName();
}
