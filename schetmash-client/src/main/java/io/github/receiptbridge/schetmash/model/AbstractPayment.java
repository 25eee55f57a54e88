package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One payment of a receipt, an element of {@code receipt.payments}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = Payment.class)
@JsonDeserialize(as = Payment.class)
@JsonPropertyOrder({"type", "sum"})
abstract class AbstractPayment {
  /**
   * Form of the payment.
   *
   * @return the form of the payment
   */
  @JsonProperty("type")
  public abstract PaymentType type();

  /**
   * Amount in roubles, at most 2 decimals.
   *
   * @return the amount in roubles
   */
  @JsonProperty("sum")
  public abstract BigDecimal sum();

  /**
   * A payment of {@code sum} roubles of the given type.
   *
   * @param type the form of the payment
   * @param sum the amount in roubles, at most 2 decimals
   * @return the payment
   */
  public static Payment of(PaymentType type, BigDecimal sum) {
    return Payment.builder().type(type).sum(sum).build();
  }
}
