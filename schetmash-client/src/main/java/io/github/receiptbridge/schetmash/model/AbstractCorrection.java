package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The {@code correction} object of a correction receipt.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = Correction.class)
@JsonDeserialize(as = Correction.class)
@JsonPropertyOrder({"check", "info", "payments", "vats"})
abstract class AbstractCorrection {
  /**
   * Seller data.
   *
   * @return the seller's INN and place of settlement
   */
  @JsonProperty("check")
  public abstract CorrectionCheck check();

  /**
   * The basis of the correction.
   *
   * @return the correction's type and basis document
   */
  @JsonProperty("info")
  public abstract CorrectionInfo info();

  /**
   * Payments; at least one, each with a non-zero sum. The service stores their sum as the receipt sum.
   *
   * @return the payments, each with a form and a sum in roubles
   */
  @JsonProperty("payments")
  public abstract List<Payment> payments();

  /**
   * VAT amounts; at least one, sent as a JSON list.
   *
   * @return the VAT rates and amounts
   */
  @JsonProperty("vats")
  public abstract List<CorrectionVat> vats();
}
