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
  /**
   * {@code Ref_Key}.
   *
   * @return the organization's key
   */
  public abstract UUID key();

  /**
   * {@code Description}: the short name, for example «УК Ромашка».
   *
   * @return the short name
   */
  public abstract String name();

  /**
   * {@code ИНН}.
   *
   * @return the INN, trimmed: 10 digits for a legal entity, 12 for an entrepreneur
   */
  public abstract String inn();

  /**
   * {@code КПП}; empty for an entrepreneur.
   *
   * @return the KPP, or the empty string
   */
  public abstract String kpp();

  /**
   * {@code НаименованиеПолное}; empty when the configuration does not return it.
   *
   * @return the full name, or the empty string
   */
  public abstract String fullName();
}
