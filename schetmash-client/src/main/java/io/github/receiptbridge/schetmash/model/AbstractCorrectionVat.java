package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One element of {@code correction.vats}: a VAT rate and its amount. Validated, not forwarded, by the service.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = CorrectionVat.class)
@JsonDeserialize(as = CorrectionVat.class)
@JsonPropertyOrder({"type", "sum"})
abstract class AbstractCorrectionVat {
  /**
   * The VAT rate.
   *
   * @return the VAT rate
   */
  @JsonProperty("type")
  public abstract Tax type();

  /**
   * The VAT amount in roubles, not zero, at most 2 decimals.
   *
   * @return the amount in roubles
   */
  @JsonProperty("sum")
  public abstract BigDecimal sum();
}
