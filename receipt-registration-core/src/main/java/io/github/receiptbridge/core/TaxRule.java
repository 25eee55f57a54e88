package io.github.receiptbridge.core;

import java.time.LocalDate;

/**
 * How the VAT rate of a receipt line is chosen.
 *
 * @since 0.1.0
 */
public enum TaxRule {
  /**
   * «Без НДС» ({@link VatRate#NONE}): housing and utility services are VAT-exempt (Tax Code art. 149 p. 3 sub. 29 and
   * 30).
   */
  EXEMPT,
  /**
   * The general rate by payment date: {@link VatRate#VAT20} before 2026-01-01, {@link VatRate#VAT22} from then on
   * (Federal Law 425-FZ of 28.11.2025).
   */
  STANDARD_RATE;

  /** The day the general rate became 22%. */
  public static final LocalDate VAT22_FROM = LocalDate.of(2026, 1, 1);

  /**
   * The rate for a payment made on {@code paymentDate}.
   *
   * @param paymentDate the day of the payment
   * @return {@link VatRate#NONE} for {@link #EXEMPT}; for {@link #STANDARD_RATE}, {@link VatRate#VAT20} before {@link
   *     #VAT22_FROM} and {@link VatRate#VAT22} from it on
   */
  public VatRate taxFor(LocalDate paymentDate) {
    if (this == EXEMPT) {
      return VatRate.NONE;
    }
    return paymentDate.isBefore(VAT22_FROM) ? VatRate.VAT20 : VatRate.VAT22;
  }
}
