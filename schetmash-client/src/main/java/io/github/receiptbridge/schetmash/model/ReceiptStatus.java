package io.github.receiptbridge.schetmash.model;

import org.jspecify.annotations.Nullable;

/**
 * The {@code status} string of a registration answer or a report. A value the service adds later maps to
 * {@link #UNKNOWN}; the raw string stays available on {@link ReceiptReport#rawStatus()} and
 * {@link RegistrationResult#rawStatus()}.
 *
 * @since 0.1.0
 */
public enum ReceiptStatus {
  /** {@code accept}: stored by the service, not yet sent to a cash register. Not final. */
  ACCEPT("accept"),
  /**
   * {@code processing}: a send attempt failed without a cash-register error and will be retried. It does not mean
   * "in flight right now". Not final.
   */
  PROCESSING("processing"),
  /** {@code success}: fiscalized; the report carries the fiscal data. Final. */
  SUCCESS("success"),
  /**
   * {@code error}: the service stored an error text. Not always final: a retried cash-register error or a failed
   * callback turns into {@link #SUCCESS} later, so keep asking.
   */
  ERROR("error"),
  /** Any other string: a value this SDK does not know yet. */
  UNKNOWN("");

  private final String wireValue;

  ReceiptStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The wire string ({@code accept}, {@code processing}, {@code success}, {@code error}); empty for UNKNOWN.
   *
   * @return the lower-case status string; the empty string for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Whether the service will not change this status on its own ({@link #SUCCESS} only).
   *
   * @return {@code true} for {@link #SUCCESS} only
   */
  public boolean isFinal() {
    return this == SUCCESS;
  }

  /**
   * The constant for a wire string; {@link #UNKNOWN} for anything unrecognised, including {@code null}.
   *
   * @param wireValue the {@code status} string as received; may be {@code null}
   * @return the status, never {@code null}
   */
  public static ReceiptStatus fromWire(@Nullable String wireValue) {
    for (ReceiptStatus value : values()) {
      if (value != UNKNOWN && value.wireValue.equals(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
