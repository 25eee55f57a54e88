package io.github.receiptbridge.core;

/**
 * What is paid for (признак предмета расчета), with its number of ФФД tag 1212.
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
  /** «Услуга» (4): housing and utility services; the default. */
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

  private final int tag1212;

  PaymentObject(int tag1212) {
    this.tag1212 = tag1212;
  }

  /**
   * The number of ФФД tag 1212.
   *
   * @return the tag 1212 number, 1 to 18
   */
  public int tag1212() {
    return tag1212;
  }
}
