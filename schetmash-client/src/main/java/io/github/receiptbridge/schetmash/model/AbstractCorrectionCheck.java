package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * {@code correction.check}: both fields are required by the service but only validated; the cash register gets
 * the company's INN and its own payment address.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = CorrectionCheck.class)
@JsonDeserialize(as = CorrectionCheck.class)
@JsonPropertyOrder({"inn", "payment_address"})
abstract class AbstractCorrectionCheck {
  /**
   * The seller's INN.
   *
   * @return the INN, not blank
   */
  @JsonProperty("inn")
  public abstract String inn();

  /**
   * Place of settlement (tag 1187), for example the site or the office address.
   *
   * @return the place of settlement, not blank
   */
  @JsonProperty("payment_address")
  public abstract String paymentAddress();
}
