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
 * A correction receipt (чек коррекции) for {@code sell_correction} or {@code buy_correction}.
 *
 * <p>The 2019 service accepts corrections but its worker never fiscalizes them; whether production does is not
 * confirmed, so poll the report and be ready for it to stay {@code accept}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = CorrectionRequest.class)
@JsonDeserialize(as = CorrectionRequest.class)
@JsonPropertyOrder({"external_id", "timestamp", "service", "correction"})
abstract class AbstractCorrectionRequest {
  /**
   * The idempotency key, unique per shop across all operations; at most 256 characters.
   *
   * @return the key, such as the corrected document's id; not empty
   */
  @JsonProperty("external_id")
  public abstract String externalId();

  /**
   * Sent as {@code dd.MM.yyyy HH:mm:ss}; the client's clock is used when absent.
   *
   * @return the local date and time, without a zone; empty to let the client stamp it
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
   * The correction itself.
   *
   * @return the seller's data, the basis, the payments and the VAT amounts
   */
  @JsonProperty("correction")
  public abstract Correction correction();
}
