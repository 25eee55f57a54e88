package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a correction receipt is made (тип коррекции, ФФД tag 1173), {@code correction.info.type} on the wire.
 *
 * @since 0.1.0
 */
public enum CorrectionType {
  /**
   * «Самостоятельно» (0). The 2019 service treats 0 as a missing value and rejects the receipt with «Не найден
   * элемент массива correction -> info -> type»; the client refuses it before sending for the same reason.
   */
  SELF_INITIATED(0),
  /** «По предписанию» (1): by order of the tax authority. */
  BY_ORDER(1);

  private final int wireValue;

  CorrectionType(int wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The tag 1173 number sent on the wire.
   *
   * @return 0 or 1
   */
  @JsonValue
  public int wireValue() {
    return wireValue;
  }

  /**
   * The constant for a wire number.
   *
   * @param wireValue the number of {@code correction.info.type}
   * @return the constant with that number
   * @throws IllegalArgumentException when the number is not 0 or 1
   */
  @JsonCreator
  public static CorrectionType fromWire(int wireValue) {
    for (CorrectionType value : values()) {
      if (value.wireValue == wireValue) {
        return value;
      }
    }
    throw new IllegalArgumentException("Unknown correction type (tag 1173) " + wireValue + "; expected 0 or 1");
  }
}
