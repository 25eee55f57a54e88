package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A receipt to register with {@code sell}, {@code sell_refund}, {@code buy} or {@code buy_refund}.
 *
 * <pre>{@code
 * ReceiptRequest request = ReceiptRequest.builder()
 *     .externalId("1c-6f1b0a4e-0c2d-11ef-9a9a-005056b6c1aa")
 *     .receipt(Receipt.builder()
 *         .buyer(Buyer.builder().email("resident@example.ru").build())
 *         .addItems(Item.builder().name("Оплата ЖКУ").price(new BigDecimal("1520.40"))
 *             .quantity(BigDecimal.ONE).tax(Tax.NONE).paymentObject(PaymentObject.SERVICE).build())
 *         .total(new BigDecimal("1520.40"))
 *         .addPayments(Payment.of(PaymentType.ELECTRONIC, new BigDecimal("1520.40")))
 *         .build())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ReceiptRequest.class)
@JsonDeserialize(as = ReceiptRequest.class)
@JsonPropertyOrder({"external_id", "timestamp", "service", "receipt"})
abstract class AbstractReceiptRequest {
  /**
   * The idempotency key, unique per shop across all operations: the service answers a repeated key with the first
   * receipt's id and creates nothing. Never random on a retry; at most 256 characters.
   *
   * @return the key, such as the paid document's id; not empty
   */
  @JsonProperty("external_id")
  public abstract String externalId();

  /**
   * When the payment happened, sent as {@code dd.MM.yyyy HH:mm:ss}. The service stores but never reads it; when
   * absent the client sends the time of its {@link java.time.Clock}.
   *
   * @return the payment's local date and time, without a zone; empty to let the client stamp it
   */
  @JsonProperty("timestamp")
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "dd.MM.yyyy HH:mm:ss")
  public abstract Optional<LocalDateTime> timestamp();

  /**
   * Delivery settings (callback URL).
   *
   * @return the delivery settings; empty when the service need not call back
   */
  @JsonProperty("service")
  public abstract Optional<Service> service();

  /**
   * The receipt itself.
   *
   * @return the receipt's buyer, lines, total and payments
   */
  @JsonProperty("receipt")
  public abstract Receipt receipt();
}
