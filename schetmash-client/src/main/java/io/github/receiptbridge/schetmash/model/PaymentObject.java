package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What is being paid for (признак предмета расчета, ФФД tag 1212), sent as the number in {@code items[].type}.
 * The service uses {@link #COMMODITY} when the field is absent; housing and utility payments are {@link #SERVICE}.
 *
 * @since 0.1.0
 */
public enum PaymentObject {
  /** «Товар» (1). */
  COMMODITY(1),
  /** «Подакцизный товар» (2). */
  EXCISE(2),
  /** «Работа» (3). */
  JOB(3),
  /** «Услуга» (4): housing and utility services. */
  SERVICE(4),
  /** «Ставка азартной игры» (5). */
  GAMBLING_BET(5),
  /** «Выигрыш азартной игры» (6). */
  GAMBLING_PRIZE(6),
  /** «Лотерейный билет» (7). */
  LOTTERY(7),
  /** «Выигрыш лотереи» (8). */
  LOTTERY_PRIZE(8),
  /** «Предоставление РИД» (9). */
  INTELLECTUAL_ACTIVITY(9),
  /** «Платеж» (10). */
  PAYMENT(10),
  /** «Агентское вознаграждение» (11). */
  AGENT_COMMISSION(11),
  /** «Составной предмет расчета» (12). */
  COMPOSITE(12),
  /** «Иной предмет расчета» (13). */
  ANOTHER(13),
  /** «Имущественное право» (14). */
  PROPERTY_RIGHT(14),
  /** «Внереализационный доход» (15). */
  NON_OPERATING_GAIN(15),
  /** «Страховые взносы» (16). */
  INSURANCE_PREMIUM(16),
  /** «Торговый сбор» (17). */
  SALES_TAX(17),
  /** «Курортный сбор» (18). */
  RESORT_FEE(18);

  private final int wireValue;

  PaymentObject(int wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The tag 1212 number sent on the wire.
   *
   * @return the tag 1212 number of this constant, 1 to 18
   */
  @JsonValue
  public int wireValue() {
    return wireValue;
  }

  /**
   * The constant for a tag 1212 number.
   *
   * @param wireValue a tag 1212 number of {@code items[].type}
   * @return the constant with that number
   * @throws IllegalArgumentException when the number is not 1 to 18
   */
  @JsonCreator
  public static PaymentObject fromWire(int wireValue) {
    for (PaymentObject value : values()) {
      if (value.wireValue == wireValue) {
        return value;
      }
    }
    throw new IllegalArgumentException("Unknown payment object (tag 1212) " + wireValue + "; expected 1 to 18");
  }
}
