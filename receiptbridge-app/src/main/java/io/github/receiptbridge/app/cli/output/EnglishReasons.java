package io.github.receiptbridge.app.cli.output;

import io.github.receiptbridge.app.common.ReasonArguments;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line's words for a {@link Reason}: the one table of English reason texts, used by the tables, the
 * summary and the report files. Each text says what is wrong and, where a person can do something, what to do.
 */
public final class EnglishReasons {
  private EnglishReasons() {}

  /** The English text of {@code reason}. */
  public static String text(Reason reason) {
    ReasonArguments args = ReasonArguments.of(reason);
    return switch (reason.code()) {
      case STATUS_WITHOUT_ID -> "status '" + args.get(0) + "' without a receipt id: check the Счетмаш cabinet, then"
          + " clear the status to send";
      case MARKED_FOR_DELETION -> "marked for deletion";
      case NOT_POSTED -> "not posted";
      case OPERATION_KIND -> "operation kind " + args.orElse(0, "(empty)") + " is not in RECEIPT_OPERATION_KINDS ("
          + args.get(1) + ")";
      case ORGANIZATION_PAYER -> "payer is an organization (skipped by RECEIPT_ORGANIZATION_PAYERS=skip)";
      case AMOUNT_NOT_POSITIVE -> "amount " + args.get(0) + " is not above zero";
      case AMOUNT_NOT_SENDABLE -> args.isAbove(0, 1)
          ? "amount " + args.get(0) + " is above " + args.get(1) + ", the largest receipt total Счетмаш stores"
          : "amount " + args.get(0) + " has fractions of a kopeck; a receipt is never rounded to a sum the payer"
              + " did not pay";
      case NO_CONTACT -> "no buyer e-mail or phone: " + missingContact(args) + ", and no fallback e-mail is"
          + " configured";
      case RECEIPT_INVALID -> "Счетмаш would refuse the receipt: " + args.get(0);
      case POSSIBLE_DUPLICATE -> possibleDuplicate(args);
      case RECEIPT_ID_UNKNOWN -> "1C holds receipt id " + args.get(0) + ", which Счетмаш does not know: look for the"
          + " payment in the Счетмаш cabinet; if it has no receipt there, clear СчетМаш_НомерЧека in 1C and the next"
          + " run sends it";
      case AMOUNT_CHANGED -> "receipt " + args.get(0) + " is for " + args.get(1) + ", the document amount is "
          + args.get(2) + ": the payment needs a refund or correction receipt, which a person decides";
      case DELETED_AFTER_RECEIPT -> "the document is marked for deletion but has receipt " + args.get(0)
          + totalDiffers(args) + ": the payment needs a refund or correction receipt, which a person decides";
      case UNPOSTED_AFTER_RECEIPT -> "the document is no longer posted but has receipt " + args.get(0)
          + totalDiffers(args) + ": the payment needs a refund or correction receipt, which a person decides";
      case FISCALIZED_TWICE -> "fiscalized twice: receipt " + args.get(0) + ", which the re-issue " + args.get(1)
          + " replaced, is success too; refund one of them, which a person decides";
      case RECEIPT_ID_CONFLICT -> "registered receipt " + args.get(0) + ", but 1C already holds receipt "
          + args.get(1) + "; neither was overwritten: check both in the Счетмаш cabinet";
      case NOT_REISSUED -> "not re-issued: " + notReissued(args);
      case REISSUED -> "re-issued: receipt " + args.get(0) + " was rejected"
          + (args.get(1).isEmpty() ? "" : " (" + args.get(1) + ")");
      case OPERATION_KIND_CHANGED -> "receipt " + args.get(0) + " was sent for operation kind "
          + args.orElse(1, "(empty)") + ", the document's is now " + args.orElse(2, "(empty)")
          + ": the payment may need a refund or correction receipt, which a person decides";
      case PAYER_CHANGED -> "receipt " + args.get(0) + " was sent for another payer"
          + (args.get(3).isEmpty() ? "" : " (" + args.get(3) + ")") + "; the document's payer has changed"
          + (args.get(2).isEmpty() ? " to none" : "")
          + ": the receipt may have gone to the wrong buyer; a refund and a new receipt are for a person to decide";
      case DOCUMENT_GONE -> "the document " + args.get(1) + " of " + args.get(2) + " with receipt " + args.get(0)
          + " is deleted from 1C (known from the receipt journal): restore it, or the payment needs a refund"
          + " receipt, which a person decides";
      case DOCUMENT_REDATED -> "the document with receipt " + args.get(0) + " was dated " + args.get(1)
          + " and is now dated " + args.get(2) + ", outside the period: check the date in 1C; a correction"
          + " receipt is for a person to decide";
      case REFUND_ALREADY_SENT -> "the refund already has receipt " + args.get(0)
          + (args.get(1).isEmpty() ? "" : " (" + args.get(1) + ")") + ": a refund document gets one receipt, ever";
      case REFUND_PAYMENT_NOT_FISCALIZED -> "payment " + args.get(0) + (args.get(1).isEmpty()
          ? " has no receipt" : "'s receipt " + args.get(1) + " is " + args.orElse(2, "not success"))
          + ": only a payment with a success receipt can be refunded";
      case REFUND_OVER_REMAINDER -> "refund " + args.get(0) + " is more than is left of the payment's receipt: "
          + args.get(1) + " minus " + args.get(2) + " refunded already leaves " + args.get(3);
      case REFUND_OTHER_PAYMENT -> "NAMED_OTHER".equals(args.get(0))
          ? "the refund names another payment (" + args.get(1) + "): name that one"
          : "the payment is of another payer than the refund's";
      case CORRECTED -> "corrected: receipt " + args.get(0) + " (" + args.get(2) + ") refunded by receipt "
          + args.get(1) + ", and a new receipt sent for " + args.get(3);
      case NOT_CORRECTED -> "not corrected: " + notCorrected(args);
      case CORRECTION_NEEDS_REFUND -> "not corrected: the document is "
          + ("NOT_POSTED".equals(args.get(1)) ? "unposted" : "marked for deletion") + " but has receipt "
          + args.get(0) + ", so there is no payment to send a new receipt for; it needs only a refund receipt "
          + "(the refund command, for the refund document in 1C)";
    };
  }

  /** A short name of {@code code} for a line of the summary that counts the documents with that reason. */
  public static String label(ReasonCode code) {
    return switch (code) {
      case STATUS_WITHOUT_ID -> "status in 1C without a receipt id";
      case MARKED_FOR_DELETION -> "marked for deletion";
      case NOT_POSTED -> "not posted";
      case OPERATION_KIND -> "operation kind not in RECEIPT_OPERATION_KINDS";
      case ORGANIZATION_PAYER -> "payer is an organization (RECEIPT_ORGANIZATION_PAYERS=skip)";
      case AMOUNT_NOT_POSITIVE -> "amount not above zero";
      case AMOUNT_NOT_SENDABLE -> "amount a receipt cannot carry";
      case NO_CONTACT -> "no buyer e-mail or phone";
      case RECEIPT_INVALID -> "receipt Счетмаш would refuse";
      case POSSIBLE_DUPLICATE -> "possible duplicate of another document";
      case RECEIPT_ID_UNKNOWN -> "receipt id in 1C that Счетмаш does not know";
      case AMOUNT_CHANGED -> "amount changed after the receipt";
      case DELETED_AFTER_RECEIPT -> "marked for deletion after the receipt";
      case UNPOSTED_AFTER_RECEIPT -> "unposted after the receipt";
      case FISCALIZED_TWICE -> "fiscalized twice";
      case RECEIPT_ID_CONFLICT -> "1C holds another receipt id";
      case NOT_REISSUED -> "not re-issued";
      case REISSUED -> "re-issued";
      case OPERATION_KIND_CHANGED -> "operation kind changed after the receipt";
      case PAYER_CHANGED -> "payer changed after the receipt";
      case DOCUMENT_GONE -> "deleted from 1C after the receipt";
      case DOCUMENT_REDATED -> "re-dated out of the period after the receipt";
      case REFUND_ALREADY_SENT -> "refund already has a receipt";
      case REFUND_PAYMENT_NOT_FISCALIZED -> "payment without a success receipt";
      case REFUND_OVER_REMAINDER -> "refund over what is left of the payment";
      case REFUND_OTHER_PAYMENT -> "refund of another payment";
      case CORRECTED -> "corrected (refund and new receipt)";
      case NOT_CORRECTED -> "not corrected";
      case CORRECTION_NEEDS_REFUND -> "deleted or unposted: needs only a refund";
    };
  }

  private static String missingContact(ReasonArguments args) {
    return switch (args.get(0)) {
      case "NO_PAYER" -> "the document has no payer";
      case "PAYER_NOT_FOUND" -> "the payer is not found in 1C";
      case "NO_ENTRIES" -> "the payer has no e-mail or phone in 1C";
      default -> noneValid(args.count(1), args.count(2), args.get(3));
    };
  }

  private static String noneValid(int emails, int phones, String phoneProblem) {
    List<String> problems = new ArrayList<>();
    problems.add(emails == 0 ? "the payer has no e-mail in 1C"
        : (emails == 1 ? "the payer's e-mail in 1C is not" : "none of the payer's e-mail entries in 1C is")
            + " a valid address of at most " + ReceiptPolicy.MAX_EMAIL + " characters");
    if (phones == 0) {
      problems.add("the payer has no phone in 1C");
    } else if (phones == 1) {
      problems.add("the payer's phone in 1C " + phoneProblem(phoneProblem));
    } else {
      problems.add("none of the payer's phone entries in 1C is a Russian mobile number (the first "
          + phoneProblem(phoneProblem) + ")");
    }
    return String.join("; ", problems);
  }

  private static String phoneProblem(String code) {
    return switch (code) {
      case "LANDLINE" -> "is a landline or service number, which cannot receive an SMS";
      case "FOREIGN" -> "is a foreign number";
      case "NOT_RUSSIAN" -> "is not a Russian number";
      case "NOT_A_PHONE_NUMBER" -> "is not a phone number of 10 or 11 digits";
      default -> "is not usable";
    };
  }

  private static String possibleDuplicate(ReasonArguments args) {
    String holder = args.get(2).isEmpty() ? "sent first in this pass" : "receipt " + args.get(2);
    String since = switch (args.get(3)) {
      case "MARKED_FOR_DELETION" -> ", now marked for deletion";
      case "NOT_POSTED" -> ", now unposted";
      case "FROM_JOURNAL" -> ", known from the receipt journal";
      default -> "";
    };
    String same = args.get(4).isEmpty()
        ? "the same day, amount, payer and payment purpose, and no payment order number"
        : "the same payment order " + args.get(4) + (args.get(5).isEmpty() ? "" : " of " + args.get(5))
            + ", amount and payer";
    return "possible duplicate of " + args.get(0) + " of " + args.get(1) + " (" + holder + since + "): " + same
        + "; a bank statement loaded again? If it is a separate payment, confirm it as not a duplicate"
        + " (register --not-duplicate) and it is sent";
  }

  private static String totalDiffers(ReasonArguments args) {
    return !args.get(1).isEmpty() && !args.get(1).equals(args.get(2))
        ? " for " + args.get(1) + " while the document amount is " + args.get(2) : "";
  }

  private static String notCorrected(ReasonArguments args) {
    return switch (args.get(2)) {
      case "NO_RECEIPT" -> "the document has no receipt yet; register sends it";
      case "NOT_SUCCESS" -> "receipt " + args.get(0) + " is " + args.orElse(1, "without a status")
          + ", not success: wait for it, or re-issue it once it is finally rejected";
      case "NO_MISMATCH" -> "receipt " + args.get(0) + " matches the document (its total and payer)";
      case "OPERATION_KIND_CHANGED" -> "the document's operation kind changed after receipt " + args.get(0)
          + "; a person decides on a refund";
      default -> "the document is no longer eligible: "
          + args.excludingReason().map(EnglishReasons::text).orElse(args.get(2));
    };
  }

  private static String notReissued(ReasonArguments args) {
    if (args.values().size() >= 3) {
      return (args.get(0).isEmpty() ? "the document gets no receipt: " : "the document is no longer eligible: ")
          + args.excludingReason().map(EnglishReasons::text).orElse(args.get(2));
    }
    return args.get(0).isEmpty() ? "the document has no receipt yet; register sends it"
        : "receipt " + args.get(0) + " is " + args.get(1) + ", not error";
  }
}
