package io.github.receiptbridge.core;

import org.jspecify.annotations.Nullable;

/**
 * The state of a registered receipt, as the fiscal service names it ({@link #wireValue()}). A status this SDK does not
 * know yet is {@link #UNKNOWN}; the text itself is kept beside it ({@link FiscalReport#rawStatus()}, {@link
 * SavedState#rawStatus()}, {@link DocumentOutcome#rawStatus()}).
 *
 * @since 0.1.0
 */
public enum ReceiptStatus {
  /** {@code accept}: stored by the service, not yet fiscalized. */
  ACCEPT("accept"),
  /** {@code processing}: a send to the cash register failed without an error and will be retried. */
  PROCESSING("processing"),
  /** {@code success}: fiscalized; the report carries the receipt's total. */
  SUCCESS("success"),
  /**
   * {@code error}: the service stored an error text. Not always final: a retried cash-register error, or a callback
   * that failed, turns into {@link #SUCCESS} later; a re-issue is an operator's decision.
   */
  ERROR("error"),
  /** Any other text: a status this SDK does not know yet; the raw text says which. */
  UNKNOWN("");

  private final String wireValue;

  ReceiptStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The service's name of the status ({@code accept}, {@code processing}, {@code success}, {@code error}); empty for
   * {@link #UNKNOWN}.
   *
   * @return the lower-case name, or the empty string
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Whether a receipt in this status is still on its way, so that its status is asked again: neither {@link
   * #SUCCESS} nor {@link #ERROR}. {@link #UNKNOWN} is in flight. The one place that decides it.
   *
   * @return {@code false} for {@link #SUCCESS} and {@link #ERROR}, {@code true} for every other status
   */
  public boolean isInFlight() {
    return this != SUCCESS && this != ERROR;
  }

  /**
   * The status of a service's text; {@link #UNKNOWN} for anything else, {@code null} and the empty text included.
   *
   * @param wireValue the service's status text, exact and case-sensitive; may be {@code null}
   * @return the status, never {@code null}
   */
  public static ReceiptStatus fromWire(@Nullable String wireValue) {
    for (ReceiptStatus status : values()) {
      if (status != UNKNOWN && status.wireValue.equals(wireValue)) {
        return status;
      }
    }
    return UNKNOWN;
  }
}
