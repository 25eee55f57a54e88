package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The form of a payment, the number in {@code payments[].type}. With two or more payments the service sends
 * 1 as tag 1081, 2 as tag 1215 and 3 as tag 1216; with a single payment it sends no payment tag at all.
 *
 * @since 0.1.0
 */
public enum PaymentType {
  /** «Безналичными» (1, tag 1081): a bank transfer, the case of every «Поступление на расчетный счет». */
  ELECTRONIC(1),
  /** «Предоплатой (зачет аванса)» (2, tag 1215). */
  PREPAYMENT(2),
  /** «Постоплатой (в кредит)» (3, tag 1216). */
  CREDIT(3);

  private final int wireValue;

  PaymentType(int wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The number sent on the wire.
   *
   * @return 1, 2 or 3
   */
  @JsonValue
  public int wireValue() {
    return wireValue;
  }

  /**
   * The constant for a wire number.
   *
   * @param wireValue the number of {@code payments[].type}
   * @return the form of payment with that number
   * @throws IllegalArgumentException when the number is not 1, 2 or 3
   */
  @JsonCreator
  public static PaymentType fromWire(int wireValue) {
    for (PaymentType value : values()) {
      if (value.wireValue == wireValue) {
        return value;
      }
    }
    throw new IllegalArgumentException("Unknown payment type " + wireValue + "; expected 1, 2 or 3");
  }
}
