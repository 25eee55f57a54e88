package io.github.receiptbridge.schetmash.model;

import org.immutables.value.Value;

/**
 * The {@code error} object of a report in status {@code error}: the code (always 9 in the 2019 service) and the
 * stored error text, for example «Сумма платежей меньше суммы чека».
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractReportError {
  /**
   * The error code.
   *
   * @return the code; 9 in every report of the 2019 service
   */
  public abstract int code();

  /**
   * The service's error text, verbatim.
   *
   * @return the text, untranslated
   */
  public abstract String message();
}
