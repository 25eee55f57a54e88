package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * VAT rate of an item (ставка НДС, ФФД tag 1199), as the {@code items[].tax} wire string.
 *
 * <p>The 2019 service accepts {@code none vat0 vat10 vat18 vat20 vat110 vat118}. Since 2026-01-01 the general
 * rate is 22% (Federal Law 425-FZ of 28.11.2025), so {@link #VAT22} and {@link #VAT122} exist too; a server
 * that still runs the 2019 whitelist answers them with code 9 «Не верный формат данных tax - vat22».
 *
 * @since 0.1.0
 */
public enum Tax {
  /** «Без НДС»: not subject to VAT, the usual choice for simplified-tax housing companies (tag 1199 = 6). */
  @JsonProperty("none")
  NONE("none"),
  /** «НДС 0%» (tag 1199 = 5). */
  @JsonProperty("vat0")
  VAT0("vat0"),
  /** «НДС 10%» (tag 1199 = 2). */
  @JsonProperty("vat10")
  VAT10("vat10"),
  /** «НДС 18%»: the rate before 2019 (tag 1199 = 1). */
  @JsonProperty("vat18")
  VAT18("vat18"),
  /** «НДС 20%»: the general rate from 2019 to 2025 (tag 1199 = 1). */
  @JsonProperty("vat20")
  VAT20("vat20"),
  /** «НДС 22%»: the general rate from 2026-01-01 (tag 1199 = 11). */
  @JsonProperty("vat22")
  VAT22("vat22"),
  /** «НДС 10/110»: the calculated rate for advances (tag 1199 = 4). */
  @JsonProperty("vat110")
  VAT110("vat110"),
  /** «НДС 18/118»: the calculated rate for advances before 2019 (tag 1199 = 3). */
  @JsonProperty("vat118")
  VAT118("vat118"),
  /** «НДС 22/122»: the calculated rate for advances from 2026-01-01 (tag 1199 = 12). */
  @JsonProperty("vat122")
  VAT122("vat122");

  private final String wireValue;

  Tax(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The wire string, for example {@code vat20}.
   *
   * @return the lower-case wire string, such as {@code none} or {@code vat22}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * The tax for a wire string.
   *
   * @param wireValue the {@code items[].tax} or {@code correction.vats[].type} string, case-sensitive
   * @return the rate with that string
   * @throws IllegalArgumentException naming the accepted values when {@code wireValue} is none of them
   */
  public static Tax fromWire(String wireValue) {
    for (Tax tax : values()) {
      if (tax.wireValue.equals(wireValue)) {
        return tax;
      }
    }
    throw new IllegalArgumentException(
        "Unknown tax '" + wireValue + "'; expected one of none, vat0, vat10, vat18, vat20, vat22, vat110, vat118,"
            + " vat122");
  }
}
