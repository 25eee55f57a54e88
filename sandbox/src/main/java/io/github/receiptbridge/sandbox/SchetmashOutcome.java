package io.github.receiptbridge.sandbox;

/**
 * How the background worker treats a newly registered receipt; see {@link SchetmashBehavior#nextOutcomes}. Times
 * refer to the sandbox's processing delay {@code d}: "half" is {@code d/2}, "full" is {@code d}.
 *
 * @since 0.1.0
 */
public enum SchetmashOutcome {
  /** Status 2 ("processing") at half, status 3 with fiscal data at full (reading it then moves it to 4). */
  SUCCESS,
  /** Status 2 ("processing") at half and still at full (a failed send attempt without error text),
   * success at {@code 2d}. */
  TRANSIENT_FAILURE_THEN_SUCCESS,
  /** At half an error text and status 2, so the report says "error"; at full success, clearing the error
   * (the report then says "success"). */
  KKT_ERROR_THEN_SUCCESS,
  /** Status 2 at half, then terminal status 6 with the error text "Сумма платежей меньше суммы чека". */
  TERMINAL_ERROR,
  /** Like the server's test cash register: straight from 1 to 4 with fake fiscal data at full. */
  TEST_KKT
}
