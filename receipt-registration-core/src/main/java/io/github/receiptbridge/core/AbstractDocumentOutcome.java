package io.github.receiptbridge.core;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/** What a run did with one document: one record of the {@link RunReport}. */
@Value.Immutable
@JsonSerialize(as = DocumentOutcome.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"documentKey", "number", "date", "amount", "externalId", "receiptId", "status", "action",
    "reason", "error", "dueBy", "overdue", "requestJson"})
abstract class AbstractDocumentOutcome {
  /** The document's {@code Ref_Key}. */
  public abstract UUID documentKey();

  /** The document number. */
  public abstract String number();

  /** The document date. */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss")
  public abstract LocalDateTime date();

  /** The amount. */
  public abstract BigDecimal amount();

  /** The receipt's idempotency key. */
  public abstract String externalId();

  /** The service's receipt id, when there is one. */
  public abstract Optional<Long> receiptId();

  /** The receipt status after the run, as the service names it. */
  public abstract Optional<String> status();

  /** What was done. */
  public abstract Action action();

  /** Why a document was skipped. */
  public abstract Optional<String> reason();

  /** What failed. */
  public abstract Optional<String> error();

  /** The last day the receipt is due. */
  public abstract LocalDate dueBy();

  /** Whether the due day has passed without a successful receipt. */
  public abstract boolean overdue();

  /** In a dry run, the JSON body that would be sent. */
  public abstract Optional<String> requestJson();
}
