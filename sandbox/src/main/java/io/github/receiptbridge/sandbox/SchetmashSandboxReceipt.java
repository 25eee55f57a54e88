package io.github.receiptbridge.sandbox;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A snapshot of one receipt stored by {@link SchetmashSandbox}, taken when it was asked for; later state
 * changes are not reflected. Meant for test assertions.
 *
 * @since 0.1.0
 */
public interface SchetmashSandboxReceipt {
  /**
   * The receipt id.
   *
   * @return the global, sequential id the API answered with
   */
  long id();

  /**
   * The shop.
   *
   * @return the shop id from the register path
   */
  long shopId();

  /**
   * The operation.
   *
   * @return the path segment: {@code sell}, {@code sell_refund}, {@code buy}, {@code buy_refund},
   *         {@code sell_correction} or {@code buy_correction}
   */
  String operation();

  /**
   * The external id.
   *
   * @return {@code external_id} as the server stores it (PHP string form: {@code 7} becomes {@code "7"})
   */
  String externalId();

  /**
   * The request body.
   *
   * @return the body exactly as received, decoded as UTF-8
   */
  String requestBody();

  /**
   * The receipt's total, as the service stores it.
   *
   * @return {@code receipt.total} of the request, with two decimals (the server's DECIMAL(12,2) column)
   */
  BigDecimal total();

  /**
   * The internal status.
   *
   * @return 1 accept, 2 prepare/retry, 3 waiting for the callback, 4 success, 5 print in process,
   *         6 print error, 200 in flight
   */
  int internalStatus();

  /**
   * The stored error text.
   *
   * @return the error column, if set; the report shows {@code error} when it is neither empty nor "0"
   */
  Optional<String> errorText();

  /**
   * What {@code GET report} would answer as {@code status} right now, without its status 3 → 4 side
   * effect.
   *
   * @return {@code accept}, {@code processing}, {@code success} or {@code error}; or {@code http500} when
   *         the report would crash with an HTML 500 page (a success-branch status without fiscal data,
   *         e.g. status 200)
   */
  String reportedStatus();
}
