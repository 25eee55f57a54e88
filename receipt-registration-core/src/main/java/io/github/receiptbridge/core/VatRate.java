package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The VAT rate of a receipt line (ставка НДС), with its number of ФФД tag 1199.
 *
 * @since 0.1.0
 */
public enum VatRate {
  /** «Без НДС»: not subject to VAT (tag 1199 = 6). */
  NONE(6, 0),
  /** «НДС 0%» (tag 1199 = 5). */
  VAT0(5, 0),
  /** «НДС 10%» (tag 1199 = 2). */
  VAT10(2, 10),
  /** «НДС 18%»: the general rate before 2019 (tag 1199 = 1). */
  VAT18(1, 18),
  /** «НДС 20%»: the general rate from 2019 to 2025 (tag 1199 = 1). */
  VAT20(1, 20),
  /** «НДС 22%»: the general rate from 2026-01-01 (tag 1199 = 11). */
  VAT22(11, 22),
  /** «НДС 10/110»: the calculated rate of advances (tag 1199 = 4). */
  VAT110(4, 10),
  /** «НДС 18/118»: the calculated rate of advances before 2019 (tag 1199 = 3). */
  VAT118(3, 18),
  /** «НДС 22/122»: the calculated rate of advances from 2026-01-01 (tag 1199 = 12). */
  VAT122(12, 22);

  private final int tag1199;
  private final int percent;

  VatRate(int tag1199, int percent) {
    this.tag1199 = tag1199;
    this.percent = percent;
  }

  /**
   * The number of ФФД tag 1199 the cash register prints for this rate.
   *
   * @return the tag 1199 number, 1 to 12
   */
  public int tag1199() {
    return tag1199;
  }

  /**
   * The rate in percent: 10 for {@link #VAT10} and {@link #VAT110}; 0 for {@link #NONE} and {@link #VAT0}.
   *
   * @return the percentage, 0 to 22
   */
  public int percent() {
    return percent;
  }

  /**
   * The VAT inside {@code amount} at this rate, amount × rate / (100 + rate) to the kopeck (half up); empty for
   * {@link #NONE} and {@link #VAT0}, whose receipts state no VAT sum.
   *
   * @param amount an amount in roubles that includes the VAT
   * @return the VAT in roubles with two decimals; empty for a rate of 0%
   */
  public Optional<BigDecimal> vatIn(BigDecimal amount) {
    if (percent == 0) {
      return Optional.empty();
    }
    return Optional.of(amount.multiply(BigDecimal.valueOf(percent))
        .divide(BigDecimal.valueOf(100L + percent), 2, RoundingMode.HALF_UP));
  }
}
