package io.github.receiptbridge.schetmash.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * {@code correction.info}: the basis of a correction (tag 1174).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = CorrectionInfo.class)
@JsonDeserialize(as = CorrectionInfo.class)
@JsonPropertyOrder({"type", "date", "number", "description"})
abstract class AbstractCorrectionInfo {
  /**
   * Why the correction is made (tag 1173); only {@link CorrectionType#BY_ORDER} passes the service.
   *
   * @return the type; the client refuses {@link CorrectionType#SELF_INITIATED} before sending
   */
  @JsonProperty("type")
  public abstract CorrectionType type();

  /**
   * Date of the document the correction is based on (tag 1178), sent as {@code dd.MM.yyyy}. The service passes it
   * through unchanged; the format the cash register needs is not confirmed by any public source.
   *
   * @return the basis document's date
   */
  @JsonProperty("date")
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "dd.MM.yyyy")
  public abstract LocalDate date();

  /**
   * Number of that document (tag 1179).
   *
   * @return the basis document's number, not blank
   */
  @JsonProperty("number")
  public abstract String number();

  /**
   * What is corrected (tag 1177).
   *
   * @return the description, not blank
   */
  @JsonProperty("description")
  public abstract String description();
}
