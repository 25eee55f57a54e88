package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Delivery settings of a receipt, {@code service} on the wire.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = Service.class)
@JsonDeserialize(as = Service.class)
abstract class AbstractService {
  /**
   * URL the service POSTs the success report to (at most 256 characters). The receiver must answer HTTP 200 with
   * JSON {@code {"status":"success"}}, or the receipt's report shows {@code error} until a later delivery succeeds.
   *
   * @return the absolute callback URL
   */
  @JsonProperty("callback_url")
  @Value.Parameter
  public abstract String callbackUrl();
}
