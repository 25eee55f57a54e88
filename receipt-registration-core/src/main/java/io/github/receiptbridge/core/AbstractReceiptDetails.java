package io.github.receiptbridge.core;

import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the receipt journal keeps of a receipt from the fiscal service's last answer: what a resident asking «где мой
 * чек» needs, and why the service rejected it.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractReceiptDetails {
  /**
   * The service's error text of a receipt in {@code error}, verbatim.
   *
   * @return the error text; empty unless the receipt's latest report is {@code error} with a text
   */
  public abstract Optional<String> errorMessage();

  /**
   * The date and time printed on the fiscalized receipt (tag 1012), in the ledger's zone.
   *
   * @return the printed date and time, without a zone; empty until the receipt is fiscalized
   */
  public abstract Optional<LocalDateTime> fiscalizedAt();

  /**
   * The fiscal drive and document numbers and the fiscal sign of the fiscalized receipt.
   *
   * @return the fiscal numbers; empty until the receipt is fiscalized
   */
  public abstract Optional<FiscalNumbers> fiscalNumbers();

  /**
   * The receipt's check link as the service gave it ({@code qr}): an OFD URL, or the query string of the receipt's QR
   * code ({@code t=…&s=…&fn=…&i=…&fp=…&n=1}) that the ФНС app «Проверка чеков» reads.
   *
   * @return the check link; empty when the latest report gave none
   */
  public abstract Optional<String> checkLink();
}
