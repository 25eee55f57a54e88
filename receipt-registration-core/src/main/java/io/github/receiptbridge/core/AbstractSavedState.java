package io.github.receiptbridge.core;

import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What 1C already knows about a document's receipt: the three «дополнительные сведения» {@code
 * СчетМаш_СтатусЧека}, {@code СчетМаш_НомерЧека} and {@code СчетМаш_ДатаПроверкиСтатусаЧека}.
 */
@Value.Immutable
abstract class AbstractSavedState {
  /** The status as the service names it ({@code accept}, {@code processing}, {@code success}, {@code error}). */
  public abstract Optional<String> status();

  /** The service's receipt id; absent when 1C holds none or one that is not a positive whole number. */
  public abstract Optional<Long> receiptId();

  /** When the status was last written. */
  public abstract Optional<LocalDateTime> checkedAt();

  /** Nothing saved. */
  public static SavedState empty() {
    return SavedState.builder().build();
  }

  /**
   * Whether the document has been sent: it has a receipt id and a status. A receipt id without a status is a
   * write-back cut short; re-sending with the same {@code external_id} returns that id and completes it.
   */
  @Value.Derived
  public boolean isSent() {
    return receiptId().isPresent() && status().isPresent() && !status().get().isBlank();
  }

  /**
   * Whether 1C holds a status but no usable receipt id: not written by this SDK (it writes the id first), so left by
   * someone else, for example the old 1C processing after a timeout, whose receipt may exist under its own
   * external_id. Such a document is never sent automatically.
   */
  @Value.Derived
  public boolean hasStatusWithoutReceipt() {
    return receiptId().isEmpty() && status().filter(text -> !text.isBlank()).isPresent();
  }

  /** Whether the saved status is the final {@code success}. */
  @Value.Derived
  public boolean isSuccess() {
    return status().filter("success"::equals).isPresent();
  }
}
