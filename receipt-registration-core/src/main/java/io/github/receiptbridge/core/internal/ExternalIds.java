package io.github.receiptbridge.core.internal;

import java.util.Locale;
import java.util.UUID;

/**
 * The idempotency keys of a document's receipts (docs/architecture.md §3): derived only from the 1C document key, never
 * random and never from fields that can change, so any re-send of the same document returns the first receipt's id.
 */
final class ExternalIds {
  private ExternalIds() {}

  /** The {@code sell} receipt of a document: {@code 1c-<Ref_Key>}. */
  public static String sell(UUID document) {
    return "1c-" + document.toString().toLowerCase(Locale.ROOT);
  }

  /** A re-issue after receipt {@code failedReceiptId} was finally rejected: {@code 1c-<Ref_Key>-r<id>}. */
  public static String reissue(UUID document, long failedReceiptId) {
    return sell(document) + "-r" + failedReceiptId;
  }

  /**
   * The «возврат прихода» receipt of a refund document: {@code 1c-<refund Ref_Key>-refund}. The refund document has a
   * key of its own, so it cannot meet a payment's ids; the suffix keeps it apart from any sale all the same.
   */
  public static String refund(UUID refundDocument) {
    return sell(refundDocument) + "-refund";
  }

  /**
   * The new {@code sell} receipt of a correction of receipt {@code oldReceiptId}, which no longer matched the
   * document: {@code 1c-<Ref_Key>-c<old id>}.
   */
  public static String correction(UUID document, long oldReceiptId) {
    return sell(document) + "-c" + oldReceiptId;
  }

  /** The {@code sell_refund} of the old receipt of a correction: {@code 1c-<Ref_Key>-c<old id>-refund}. */
  public static String correctionRefund(UUID document, long oldReceiptId) {
    return correction(document, oldReceiptId) + "-refund";
  }

  /** Whether {@code externalId} is a refund receipt's. */
  public static boolean isRefund(String externalId) {
    return externalId.endsWith("-refund");
  }
}
