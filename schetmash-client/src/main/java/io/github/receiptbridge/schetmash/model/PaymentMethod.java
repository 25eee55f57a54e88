package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the payment settles the obligation (признак способа расчета, ФФД tag 1214), sent as the number in
 * {@code items[].mode}. The service uses {@link #FULL_PAYMENT} when the field is absent.
 *
 * @since 0.1.0
 */
public enum PaymentMethod {
  /** «Предоплата 100%» (1). */
  FULL_PREPAYMENT(1),
  /** «Предоплата» (2). */
  PREPAYMENT(2),
  /** «Аванс» (3). */
  ADVANCE(3),
  /** «Полный расчет» (4): the usual value for a utility bill paid after the month. */
  FULL_PAYMENT(4),
  /** «Частичный расчет и кредит» (5). */
  PARTIAL_PAYMENT(5),
  /** «Передача в кредит» (6). */
  CREDIT(6),
  /** «Оплата кредита» (7). */
  CREDIT_PAYMENT(7);

  private final int wireValue;

  PaymentMethod(int wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The tag 1214 number sent on the wire.
   *
   * @return the tag 1214 number of this constant, 1 to 7
   */
  @JsonValue
  public int wireValue() {
    return wireValue;
  }

  /**
   * The constant for a tag 1214 number.
   *
   * @param wireValue a tag 1214 number of {@code items[].mode}
   * @return the constant with that number
   * @throws IllegalArgumentException when the number is not 1 to 7
   */
  @JsonCreator
  public static PaymentMethod fromWire(int wireValue) {
    for (PaymentMethod value : values()) {
      if (value.wireValue == wireValue) {
        return value;
      }
    }
    throw new IllegalArgumentException("Unknown payment method (tag 1214) " + wireValue + "; expected 1 to 7");
  }
}
