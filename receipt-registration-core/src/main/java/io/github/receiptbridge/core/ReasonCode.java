package io.github.receiptbridge.core;

/**
 * Why a document was skipped, refused or found in disagreement with its receipt: the stable code of a {@link Reason}
 * ({@link DocumentOutcome#reason()}, {@link FillRow#skipReason()}). The report files carry it as {@code reasonCode}
 * ({@link #code()}, the constant's name). Codes are only ever added.
 *
 * <p>Each constant lists its {@link Reason#arguments()}, in order. Amounts are plain decimals ({@code 1520.40},
 * {@code -5}), dates {@code yyyy-MM-dd}, receipt ids decimal numbers; a part that is absent is the empty string. No
 * argument is ever a payer's e-mail or phone.
 *
 * @since 0.1.0
 */
public enum ReasonCode {
  /**
   * The ledger holds a status but no receipt id: left by someone else; a person checks the Счетмаш cabinet and clears
   * the status to send. Arguments: (1) the saved status, as the ledger holds it.
   */
  STATUS_WITHOUT_ID,
  /** The document is marked for deletion. No arguments. */
  MARKED_FOR_DELETION,
  /** The document is not posted. No arguments. */
  NOT_POSTED,
  /**
   * The operation kind is not one the policy registers ({@link ReceiptPolicy#includedOperationKinds()}). Arguments: (1) the
   * document's operation kind as the ledger names it ({@link PaymentDocument#operationKind()}; empty when it has
   * none); (2) the operation kinds the policy registers ({@link ReceiptPolicy#includedOperationKinds()}), sorted and
   * joined with {@code ", "}.
   */
  OPERATION_KIND,
  /**
   * The payer is an organization and the policy skips those ({@link OrganizationPayers#SKIP}, the default). No
   * arguments.
   */
  ORGANIZATION_PAYER,
  /** The amount is zero or negative. Arguments: (1) the amount. */
  AMOUNT_NOT_POSITIVE,
  /**
   * The amount has fractions of a kopeck (a receipt is never rounded to a sum the payer did not pay), or is above the
   * largest total Счетмаш stores. Arguments: (1) the amount; (2) that largest total, 9999999999.99 ({@link
   * ReceiptPolicy}{@code .MAX_TOTAL}). The amount has fractions of a kopeck when it is not above (2).
   */
  AMOUNT_NOT_SENDABLE,
  /**
   * The payer has no valid e-mail or Russian mobile number, and no fallback e-mail is configured. Arguments: (1) what
   * is missing: {@code NO_PAYER} (the document names no payer), {@code PAYER_NOT_FOUND} (the ledger does not know the
   * payer), {@code NO_ENTRIES} (the payer has no e-mail or phone at all) or {@code NONE_VALID} (none of its entries is
   * usable); (2) how many e-mail entries the payer has; (3) how many phone entries it has; (4) why the first phone
   * entry is no mobile number: {@code LANDLINE} (a landline or service number, which cannot receive an SMS), {@code
   * FOREIGN} (a foreign number), {@code NOT_RUSSIAN} (not a Russian number) or {@code NOT_A_PHONE_NUMBER} (not 10 or
   * 11 digits); empty when it has no phone entry.
   */
  NO_CONTACT,
  /**
   * The receipt failed the service's own checks before it was sent. Arguments: (1) the service's own words for what is
   * wrong.
   */
  RECEIPT_INVALID,
  /**
   * The document looks like another of the organization's that has a receipt or is sent first: the same payment order
   * number and date, amount and payer (without a payment order number: the same day, amount, payer and purpose), as
   * after a bank statement was loaded again. Sent only when an operator confirms it as a separate payment. Arguments:
   * (1) the other document's number; (2) its date; (3) its receipt id, empty when it is sent first in this pass; (4)
   * what became of it since: {@code MARKED_FOR_DELETION}, {@code NOT_POSTED}, {@code FROM_JOURNAL} (the period of the
   * ledger does not hold it any more; the receipt journal knows its receipt), or empty; (5) the payment order number
   * both documents carry, empty when they matched by day, amount, payer and purpose; (6) that payment order's date,
   * empty when it has none.
   */
  POSSIBLE_DUPLICATE,
  /**
   * The ledger holds a receipt id that Счетмаш does not know: a person looks for the payment in the cabinet, and clears
   * the saved id to send it. Arguments: (1) the receipt id the ledger holds.
   */
  RECEIPT_ID_UNKNOWN,
  /**
   * A receipt's total is not its document's amount any more: the payment needs a refund or correction receipt, which a
   * person decides. Arguments: (1) the receipt id; (2) the receipt's total; (3) the document's amount (both with two
   * decimals).
   */
  AMOUNT_CHANGED,
  /**
   * A document with a receipt is now marked for deletion. Arguments as {@link #AMOUNT_CHANGED}'s: (1) the receipt id;
   * (2) the receipt's total, empty until the service has fiscalized it; (3) the document's amount. When (2) is not
   * (3), the amount has changed as well.
   */
  DELETED_AFTER_RECEIPT,
  /** A document with a receipt is no longer posted. Arguments as {@link #DELETED_AFTER_RECEIPT}'s. */
  UNPOSTED_AFTER_RECEIPT,
  /**
   * A receipt that a re-issue replaced has become {@code success} too, as its replacement: the payment is fiscalized
   * twice and one receipt needs a refund, which a person decides. Known from the receipt journal. Arguments: (1) the
   * replaced receipt's id; (2) the id of the re-issued receipt that replaced it.
   */
  FISCALIZED_TWICE,
  /**
   * After a receipt was registered, the ledger was found to hold a different receipt id; neither was overwritten. If
   * both are fiscalized, one needs a refund, which a person decides. Arguments: (1) the receipt id just registered;
   * (2) the receipt id the ledger holds.
   */
  RECEIPT_ID_CONFLICT,
  /**
   * A re-issue was refused: the document has no rejected receipt, or is no longer eligible. Arguments: (1) the receipt
   * id the ledger holds, empty when none; (2) that receipt's status (freshly reported when the service was asked),
   * empty when none; then, only when the policy leaves the document out now, (3) the {@link #code()} of that reason
   * and (4, 5, …) that reason's arguments. So: with three or more arguments the document is no longer eligible; with
   * (1) empty it has no receipt yet, which register sends; otherwise its receipt is not {@code error} but (2).
   */
  NOT_REISSUED,
  /**
   * A new receipt replaced one that Счетмаш finally rejected. Arguments: (1) the rejected receipt's id; (2) the
   * service's error text of it, empty when it gave none.
   */
  REISSUED,
  /**
   * The document's operation kind is not the one its receipt was sent for: the payment may need a refund or
   * correction receipt, which a person decides. Known from the receipt journal (entries recorded since it keeps the
   * operation kind). Arguments: (1) the receipt id; (2) the operation kind when the receipt was sent; (3) the
   * operation kind now (each as the ledger names it, {@link PaymentDocument#operationKind()}; empty when it has none).
   */
  OPERATION_KIND_CHANGED,
  /**
   * The document's payer is not the one its receipt was sent for: the receipt went to another buyer, and may need a
   * refund and a new receipt, which a person decides. Known from the receipt journal. Arguments: (1) the receipt id;
   * (2) the payer's key when the receipt was sent; (3) the payer's key now (each empty when the document names no
   * payer); (4) the payer's name when the receipt was sent, empty when the ledger gave none.
   */
  PAYER_CHANGED,
  /**
   * The document of a receipt the journal holds for the period is gone from the ledger: not found by its key any
   * more (deleted, not only marked for deletion). The payment needs a refund receipt, or the document is restored;
   * a person decides. Known from the receipt journal, where the payment date recorded at sending puts it in the
   * period. Arguments: (1) the receipt id; (2) the document number and (3) its date, as recorded when the receipt was
   * sent.
   */
  DOCUMENT_GONE,
  /**
   * The document of a receipt the journal holds for the period is now dated outside it (re-dated after the receipt):
   * it is no longer among the period's documents, so reports of the period would miss its receipt. A person checks
   * the date, and decides on a correction receipt. Arguments: (1) the receipt id; (2) the document date it had when
   * the receipt was sent; (3) the date it has now.
   */
  DOCUMENT_REDATED,
  /**
   * A refund receipt was refused: the refund document has one already (its id is saved in the ledger); a refund
   * document gets one receipt, ever. When the saved state was not complete or not {@code success}, the service was
   * asked and its answer written. Arguments: (1) the saved receipt id; (2) its status (freshly reported when the
   * service was asked), empty when none.
   */
  REFUND_ALREADY_SENT,
  /**
   * A refund receipt was refused: the payment it returns has no {@code success} receipt, so there is nothing to
   * refund yet (or ever). Arguments: (1) the payment's number; (2) its receipt id, empty when it has none; (3) that
   * receipt's status as the service reports it, empty when it has none.
   */
  REFUND_PAYMENT_NOT_FISCALIZED,
  /**
   * A refund receipt was refused: it would refund more than is left of the payment's receipt. Arguments: (1) the
   * refund's amount; (2) the payment receipt's total; (3) what other refund receipts of the payment already refund,
   * by the receipt journal (those sent without an answer yet included); (4) what is left, (2) minus (3). All with two
   * decimals.
   */
  REFUND_OVER_REMAINDER,
  /**
   * A refund receipt was refused: the payment the operator named is not the one the refund returns. Arguments: (1)
   * why: {@code NAMED_OTHER} (the refund document names other payments) or {@code OTHER_PAYER} (the payment is of
   * another payer than the refund's); (2) for {@code NAMED_OTHER}, the keys ({@code Ref_Key}) of the payments the
   * refund names, joined with {@code ", "}; empty otherwise.
   */
  REFUND_OTHER_PAYMENT,
  /**
   * A receipt that no longer matched its document (its total is not the document's amount, or it went to another
   * payer) was corrected: a «возврат прихода» ({@code sell_refund}) of it, for its total and to its buyer, under {@code
   * 1c-<Ref_Key>-c<old id>-refund}, and a new {@code sell} receipt for the document as it is now, under {@code
   * 1c-<Ref_Key>-c<old id>}, whose id is now in the ledger. Arguments: (1) the old receipt's id; (2) the id of its
   * refund receipt; (3) the old receipt's total and (4) the document's amount now, both with two decimals.
   */
  CORRECTED,
  /**
   * A correction was refused, nothing sent. Arguments: (1) the receipt id the ledger holds, empty when none; (2)
   * that receipt's status (freshly reported when the service was asked), empty when none; (3) why: {@code
   * NO_RECEIPT} (the document has no receipt: register sends it), {@code NOT_SUCCESS} (the receipt is not {@code
   * success}: wait, or re-issue a finally rejected one), {@code NO_MISMATCH} (its total is the document's amount and
   * it went to the document's payer, or the journal does not know its payer), {@code OPERATION_KIND_CHANGED} (a
   * changed operation kind is not corrected: a person decides), or the {@link #code()} of the reason the policy would
   * not send the document now (for example {@link #NO_CONTACT}, {@link #AMOUNT_NOT_POSITIVE}), then (4, 5, …) that
   * reason's arguments.
   */
  NOT_CORRECTED,
  /**
   * A correction was refused, nothing sent: the document of a {@code success} receipt is marked for deletion or
   * unposted, so there is no payment to send a new receipt for; the receipt needs only a refund (the refund receipt
   * of the refund document, {@code refund}). Arguments: (1) the receipt id; (2) {@link #MARKED_FOR_DELETION} or
   * {@link #NOT_POSTED}.
   */
  CORRECTION_NEEDS_REFUND;

  /**
   * The code as the report files write it: the constant's name, e.g. {@code NOT_POSTED}.
   *
   * @return the constant's name, which never changes
   */
  public String code() {
    return name();
  }
}
