package io.github.receiptbridge.core;

/**
 * Why a document was skipped, refused or found in disagreement with its receipt: the stable, machine-readable side of
 * {@link DocumentOutcome#reason()} and {@link FillRow#skipReason()}, whose human text may change between releases. The
 * report files carry it as {@code reasonCode} ({@link #code()}, the constant's name). Codes are only ever added.
 */
public enum ReasonCode {
  /** 1C holds a status but no receipt id: left by someone else; a person checks the Счетмаш cabinet. */
  STATUS_WITHOUT_ID,
  /** The document is marked for deletion. */
  MARKED_FOR_DELETION,
  /** The document is not posted. */
  NOT_POSTED,
  /** The operation kind is not one the policy registers (a supplier refund, bank interest). */
  OPERATION_KIND,
  /** The payer is an organization: a transfer between organizations needs no receipt. */
  ORGANIZATION_PAYER,
  /** The amount is zero or negative. */
  AMOUNT_NOT_POSITIVE,
  /** The amount has fractions of a kopeck, or is above the largest total Счетмаш stores. */
  AMOUNT_NOT_SENDABLE,
  /** The payer has no valid e-mail or Russian mobile number, and no fallback e-mail is configured. */
  NO_CONTACT,
  /** The receipt failed the service's own checks before it was sent. */
  RECEIPT_INVALID,
  /**
   * The document looks like another of the organization's that has a receipt or is sent first: the same payment order
   * number and date, amount and payer (without a payment order number: the same day, amount, payer and purpose), as
   * after a bank statement was loaded again. Sent only when an operator confirms it as a separate payment.
   */
  POSSIBLE_DUPLICATE,
  /** 1C holds a receipt id that Счетмаш does not know: a person checks the cabinet. */
  RECEIPT_ID_UNKNOWN,
  /** A receipt's total is not its document's amount any more. */
  AMOUNT_CHANGED,
  /** A document with a receipt is now marked for deletion. */
  DELETED_AFTER_RECEIPT,
  /** A document with a receipt is no longer posted. */
  UNPOSTED_AFTER_RECEIPT,
  /**
   * A receipt that a re-issue replaced has become {@code success} too, as its replacement: the payment is fiscalized
   * twice and one receipt needs a refund, which a person decides. Known from the receipt journal.
   */
  FISCALIZED_TWICE,
  /** After a receipt was registered, 1C was found to hold a different receipt id; neither was overwritten. */
  RECEIPT_ID_CONFLICT,
  /** A re-issue was refused: the document has no rejected receipt, or is no longer eligible. */
  NOT_REISSUED,
  /** A new receipt replaced one that Счетмаш finally rejected. */
  REISSUED;

  /** The code as the report files write it: the constant's name, e.g. {@code NOT_POSTED}. */
  public String code() {
    return name();
  }
}
