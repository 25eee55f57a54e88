package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a receipt, an element of {@code receipt.items}.
 *
 * <p>Limits checked before sending: {@code name} not blank, {@code price} not zero with at most 2 decimals,
 * {@code quantity} not zero with at most 3 decimals, {@code sum} and {@code taxSum} at most 2 decimals.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = Item.class)
@JsonDeserialize(as = Item.class)
@JsonPropertyOrder({"name", "price", "quantity", "sum", "tax", "tax_sum", "type", "mode"})
abstract class AbstractItem {
  /**
   * Name of the goods or service (tag 1030), for example «Оплата жилищно-коммунальных услуг».
   *
   * @return the name, not blank
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * Price per unit in roubles (tag 1079), at most 2 decimals.
   *
   * @return the unit price in roubles, not zero
   */
  @JsonProperty("price")
  public abstract BigDecimal price();

  /**
   * Quantity (tag 1023), at most 3 decimals.
   *
   * @return the quantity, not zero
   */
  @JsonProperty("quantity")
  public abstract BigDecimal quantity();

  /**
   * Line total in roubles (tag 1043); default {@code price × quantity} rounded half-up to kopecks. The service
   * ignores it for direct fiscalization.
   *
   * @return the line total in roubles, at most 2 decimals
   */
  @JsonProperty("sum")
  @Value.Default
  public BigDecimal sum() {
    return price().multiply(quantity()).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  /**
   * VAT rate (tag 1199).
   *
   * @return the rate, sent as its wire string ({@code tax})
   */
  @JsonProperty("tax")
  public abstract Tax tax();

  /**
   * VAT amount of the line in roubles (tag 1200); informational, the service ignores it.
   *
   * @return the VAT amount in roubles; empty when not sent
   */
  @JsonProperty("tax_sum")
  public abstract Optional<BigDecimal> taxSum();

  /**
   * What is paid for (tag 1212); default {@link PaymentObject#COMMODITY}, which is also the service's default.
   *
   * @return the subject of payment, sent as its tag 1212 number ({@code type})
   */
  @JsonProperty("type")
  @Value.Default
  public PaymentObject paymentObject() {
    return PaymentObject.COMMODITY;
  }

  /**
   * How the payment settles the obligation (tag 1214); default {@link PaymentMethod#FULL_PAYMENT}.
   *
   * @return the method of settlement, sent as its tag 1214 number ({@code mode})
   */
  @JsonProperty("mode")
  @Value.Default
  public PaymentMethod paymentMethod() {
    return PaymentMethod.FULL_PAYMENT;
  }
}
