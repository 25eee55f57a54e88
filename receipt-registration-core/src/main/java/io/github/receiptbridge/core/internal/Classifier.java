package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.OrganizationPayers;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.WorkingCalendar;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.LegalForm;
import io.github.receiptbridge.onec.model.PayerContacts;
import io.github.receiptbridge.onec.model.PayerRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what happens to a document (docs/architecture.md §2): already sent when 1C holds its receipt; otherwise
 * skipped, with the reason, when 1C holds a status without a receipt id, when it is marked for deletion, not posted, of
 * an operation kind the policy leaves out, paid by an organization (unless the policy sends those), with an amount that
 * is not above zero, has fractions of a kopeck or is above what Счетмаш stores, or without any buyer contact; otherwise
 * sent.
 *
 * <p>The buyer contact is the payer's first valid e-mail of all its e-mail rows, else the first Russian mobile number
 * of all its phone rows (normalized to {@code +79XXXXXXXXX}), else the policy's fallback e-mail. Contacts that are not
 * valid count as missing, and the skip reason says what was wrong with them (without repeating them).
 */
public final class Classifier {
  private final ReceiptPolicy policy;
  private final WorkingCalendar calendar;

  /** A classifier for {@code policy} and {@code calendar}. */
  public Classifier(ReceiptPolicy policy, WorkingCalendar calendar) {
    this.policy = policy;
    this.calendar = calendar;
  }

  /**
   * The row of {@code document}.
   *
   * @param payer the payer's contacts, when 1C has them (and they were read)
   * @param today the day the run happens, in the 1C server's calendar
   */
  public FillRow classify(BankReceipt document, Optional<PayerContacts> payer, SavedState state, LocalDate today) {
    Optional<String> contact = contact(payer);
    Optional<Reason> skip = state.isSent() ? Optional.empty() : skipReason(document, payer, state, contact);
    PlannedAction action = state.isSent() ? PlannedAction.ALREADY_SENT
        : skip.isPresent() ? PlannedAction.SKIP : PlannedAction.SEND;
    LocalDate dueBy = calendar.dueBy(document.date().toLocalDate());
    return FillRow.builder()
        .documentKey(document.key())
        .organizationKey(document.organizationKey())
        .number(document.number())
        .date(document.date())
        .amount(document.amount())
        .paymentPurpose(document.paymentPurpose())
        .operationKind(document.operationKind())
        .posted(document.posted())
        .deletionMark(document.deletionMark())
        .incomingNumber(document.incomingNumber())
        .incomingDate(document.incomingDate())
        .payerKey(document.payer().map(PayerRef::key))
        .payerName(payer.map(PayerContacts::name))
        .payerLegalForm(payer.map(PayerContacts::legalForm).filter(form -> !form.wireValue().isEmpty()))
        .buyerContact(contact)
        .savedState(state)
        .externalId(ExternalIds.sell(document.key()))
        .dueBy(dueBy)
        .overdue(action != PlannedAction.SKIP && !state.isSuccess() && today.isAfter(dueBy))
        .action(action)
        .skipReason(skip.map(Reason::text))
        .skipReasonCode(skip.map(Reason::code))
        .build();
  }

  /**
   * Why {@code document} would get no receipt if 1C held nothing for it, or empty when it is eligible: the rules of
   * {@link #classify} without the saved state. {@code reissue} asks this of a document that already has a receipt.
   */
  public Optional<Reason> ineligibility(BankReceipt document, Optional<PayerContacts> payer) {
    return skipReason(document, payer, SavedState.empty(), contact(payer));
  }

  private Optional<String> contact(Optional<PayerContacts> payer) {
    return payer.flatMap(contacts -> contacts.emails().stream().map(EmailAddresses::normalize)
            .flatMap(Optional::stream).findFirst())
        .or(() -> payer.flatMap(contacts -> contacts.phones().stream().map(PhoneNumbers::normalize)
            .flatMap(Optional::stream).findFirst()))
        .or(policy::fallbackEmail);
  }

  private Optional<Reason> skipReason(BankReceipt document, Optional<PayerContacts> payer, SavedState state,
      Optional<String> contact) {
    if (state.hasStatusWithoutReceipt()) {
      return skip(ReasonCode.STATUS_WITHOUT_ID, "status '" + state.rawStatus().orElseThrow() + "' without a receipt "
          + "id: check the Счетмаш cabinet, then clear the status to send");
    }
    if (document.deletionMark()) {
      return skip(ReasonCode.MARKED_FOR_DELETION, "marked for deletion");
    }
    if (!document.posted()) {
      return skip(ReasonCode.NOT_POSTED, "not posted");
    }
    if (!policy.includedOperationKinds().isEmpty()
        && !policy.includedOperationKinds().contains(document.operationKind())) {
      return skip(ReasonCode.OPERATION_KIND, "operation kind " + (document.operationKind().isEmpty() ? "(empty)"
          : document.operationKind()) + " is not a resident's payment (registered kinds: "
          + String.join(", ", policy.includedOperationKinds().stream().sorted().toList()) + ")");
    }
    if (policy.organizationPayers() == OrganizationPayers.SKIP
        && payer.map(PayerContacts::legalForm).filter(LegalForm::isLegalEntity).isPresent()) {
      return skip(ReasonCode.ORGANIZATION_PAYER,
          "payer is an organization: a bank transfer between organizations needs no receipt");
    }
    if (document.amount().signum() <= 0) {
      return skip(ReasonCode.AMOUNT_NOT_POSITIVE, "amount " + document.amount().toPlainString()
          + " is not above zero");
    }
    if (document.amount().stripTrailingZeros().scale() > 2) {
      return skip(ReasonCode.AMOUNT_NOT_SENDABLE, "amount " + document.amount().toPlainString()
          + " has fractions of a kopeck; a receipt is never rounded to a sum the payer did not pay");
    }
    if (document.amount().compareTo(ReceiptPolicy.MAX_TOTAL) > 0) {
      return skip(ReasonCode.AMOUNT_NOT_SENDABLE, "amount " + document.amount().toPlainString() + " is above "
          + ReceiptPolicy.MAX_TOTAL.toPlainString() + ", the largest receipt total Счетмаш stores");
    }
    if (contact.isEmpty()) {
      return skip(ReasonCode.NO_CONTACT, "no buyer e-mail or phone: " + missingContact(document, payer)
          + ", and no fallback e-mail is configured");
    }
    return Optional.empty();
  }

  private static Optional<Reason> skip(ReasonCode code, String text) {
    return Optional.of(new Reason(code, text));
  }

  /** Why the payer of a document has no contact a receipt can go to, naming the field, not its value. */
  private static String missingContact(BankReceipt document, Optional<PayerContacts> payer) {
    if (document.payer().isEmpty()) {
      return "the document has no payer";
    }
    if (payer.isEmpty()) {
      return "the payer is not found in 1C";
    }
    List<String> emails = payer.get().emails().stream().filter(text -> !text.isBlank()).toList();
    List<String> phones = payer.get().phones().stream().filter(text -> !text.isBlank()).toList();
    if (emails.isEmpty() && phones.isEmpty()) {
      return "the payer has no e-mail or phone in 1C";
    }
    List<String> problems = new ArrayList<>();
    problems.add(emails.isEmpty() ? "the payer has no e-mail in 1C"
        : (emails.size() == 1 ? "the payer's e-mail in 1C is not" : "none of the payer's e-mail entries in 1C is")
            + " a valid address of at most " + EmailAddresses.MAX_LENGTH + " characters");
    if (phones.isEmpty()) {
      problems.add("the payer has no phone in 1C");
    } else if (phones.size() == 1) {
      problems.add("the payer's phone in 1C " + PhoneNumbers.rejection(phones.get(0)).orElse("is not usable"));
    } else {
      problems.add("none of the payer's phone entries in 1C is a Russian mobile number (the first "
          + PhoneNumbers.rejection(phones.get(0)).orElse("is not usable") + ")");
    }
    return String.join("; ", problems);
  }
}
