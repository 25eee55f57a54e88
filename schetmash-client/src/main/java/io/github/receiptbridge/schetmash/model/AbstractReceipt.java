package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of a receipt, {@code receipt} on the wire: buyer, lines, total and payments.
 *
 * <p>The service checks that {@code items} and {@code payments} are not empty and {@code total} is above zero; it
 * does not check that the lines or the payments add up to the total, but a cash register may reject the receipt
 * later when they do not.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = Receipt.class)
@JsonDeserialize(as = Receipt.class)
@JsonPropertyOrder({"attributes", "items", "total", "payments"})
abstract class AbstractReceipt {
  /**
   * The buyer's contacts ({@code attributes}); default a buyer with none set.
   *
   * @return the buyer's e-mail, phone, name and INN, each optional
   */
  @JsonProperty("attributes")
  @Value.Default
  public Buyer buyer() {
    return Buyer.builder().build();
  }

  /**
   * The lines; at least one.
   *
   * @return the lines, in the order they are sent
   */
  @JsonProperty("items")
  public abstract List<Item> items();

  /**
   * Receipt total in roubles: above zero, at most 2 decimals.
   *
   * @return the total in roubles
   */
  @JsonProperty("total")
  public abstract BigDecimal total();

  /**
   * The payments; at least one.
   *
   * @return the payments, in the order they are sent
   */
  @JsonProperty("payments")
  public abstract List<Payment> payments();
}
