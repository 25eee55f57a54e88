package io.github.receiptbridge.core;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * What the ledger already knows about a document's receipt: its id, status and the date of the last check. In 1C
 * the three «дополнительные сведения» {@code СчетМаш_НомерЧека}, {@code СчетМаш_СтатусЧека} and {@code
 * СчетМаш_ДатаПроверкиСтатусаЧека}.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractSavedState {
  /**
   * The status exactly as the ledger holds it, as the service names it ({@code accept}, {@code processing}, {@code
   * success}, {@code error}, or one this SDK does not know yet): for output, and to write back unchanged.
   *
   * @return the status text; empty when the ledger holds none
   */
  public abstract Optional<String> rawStatus();

  /**
   * The status; {@link ReceiptStatus#UNKNOWN} for a string this SDK does not know (see {@link #rawStatus()}).
   *
   * @return the parsed status; empty when the ledger holds none
   */
  @Value.Derived
  public Optional<ReceiptStatus> status() {
    return rawStatus().map(ReceiptStatus::fromWire);
  }

  /**
   * The service's receipt id; absent when the ledger holds none or one that is not a positive whole number.
   *
   * @return the receipt id, above zero; empty when there is none
   */
  public abstract OptionalLong receiptId();

  /**
   * When the status was last written.
   *
   * @return the ledger's date and time of the last check, in the 1C server's wall-clock time; empty when none is saved
   */
  public abstract Optional<LocalDateTime> checkedAt();

  /**
   * Nothing saved.
   *
   * @return a state with no receipt id, status or date
   */
  public static SavedState empty() {
    return SavedState.builder().build();
  }

  /**
   * Whether the document has a receipt: the ledger holds its id, with or without a status, whoever wrote it. Such a
   * document never gets a new receipt; its id is asked about instead.
   *
   * @return {@code true} when a receipt id is saved
   */
  @Value.Derived
  public boolean isSent() {
    return receiptId().isPresent();
  }

  /**
   * Whether all three values are saved: the receipt id, its status and the date of the last check. A document that
   * has a receipt but lacks one of them (a write cut short, or an id typed by hand) is completed by the next pass,
   * which asks the service about that id.
   *
   * @return {@code true} when the receipt id, a non-blank status and the date of the last check are saved
   */
  @Value.Derived
  public boolean isComplete() {
    return receiptId().isPresent() && rawStatus().filter(text -> !text.isBlank()).isPresent()
        && checkedAt().isPresent();
  }

  /**
   * Whether the ledger holds a status but no usable receipt id: not written by this SDK (it writes the id first), so
   * left by someone else, for example the old 1C processing after a timeout, whose receipt may exist under its own
   * external_id. Such a document is never sent automatically.
   *
   * @return {@code true} when a non-blank status is saved without a receipt id
   */
  @Value.Derived
  public boolean hasStatusWithoutReceipt() {
    return receiptId().isEmpty() && rawStatus().filter(text -> !text.isBlank()).isPresent();
  }

  /**
   * Whether the saved status is the final {@code success}.
   *
   * @return {@code true} only when the saved status is {@code success}
   */
  @Value.Derived
  public boolean isSuccess() {
    return status().filter(ReceiptStatus.SUCCESS::equals).isPresent();
  }
}
