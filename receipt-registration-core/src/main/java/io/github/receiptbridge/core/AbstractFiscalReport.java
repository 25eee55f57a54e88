package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of a registered receipt, as far as the workflow reads it: its status, total and error, and once it is
 * {@link ReceiptStatus#SUCCESS} when it was fiscalized and its fiscal numbers.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractFiscalReport {
  /**
   * The service's receipt id.
   *
   * @return the receipt id
   */
  public abstract long receiptId();

  /**
   * The status exactly as the service named it: what is written to the ledger and the report.
   *
   * @return the status text, such as {@code success}
   */
  public abstract String rawStatus();

  /**
   * The status; {@link ReceiptStatus#UNKNOWN} for a text this SDK does not know (see {@link #rawStatus()}).
   *
   * @return the parsed status, never {@code null}
   */
  @Value.Derived
  public ReceiptStatus status() {
    return ReceiptStatus.fromWire(rawStatus());
  }

  /**
   * The total the receipt was fiscalized with, once it is {@link ReceiptStatus#SUCCESS}: compared with the document's
   * amount.
   *
   * @return the total in roubles; empty until the receipt is fiscalized
   */
  public abstract Optional<BigDecimal> total();

  /**
   * The service's error text, in {@link ReceiptStatus#ERROR}, verbatim.
   *
   * @return the error text; empty unless the status is {@code error} and the service gave one
   */
  public abstract Optional<String> errorMessage();

  /**
   * When the receipt was fiscalized, once it is {@link ReceiptStatus#SUCCESS}: the date and time printed on it (tag
   * 1012), the cash register's wall clock without an offset, read as a time in the ledger's zone. Its date is what
   * decides whether the receipt was late ({@link LateReceipt}).
   *
   * @return the cash register's date and time, without a zone; empty until the receipt is fiscalized
   */
  public abstract Optional<LocalDateTime> fiscalizedAt();

  /**
   * The fiscal drive and document numbers and the fiscal sign, once the receipt is {@link ReceiptStatus#SUCCESS}.
   *
   * @return the fiscal numbers; empty until the receipt is fiscalized
   */
  public abstract Optional<FiscalNumbers> fiscalNumbers();

  /**
   * The receipt's check link as the service gave it ({@code qr}), once it is fiscalized: an OFD URL, or the query
   * string of the receipt's QR code that the ФНС app «Проверка чеков» reads; empty when the service gave none.
   *
   * @return the check link; empty as said above
   */
  public abstract Optional<String> checkLink();
}
