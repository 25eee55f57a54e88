package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.WorkingCalendar;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.PayerContacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what happens to a document (design.md §2): already sent when 1C holds its receipt; otherwise skipped, with
 * the reason, when it is marked for deletion, not posted, of an excluded operation kind, with an amount that is not
 * above zero, has fractions of a kopeck or is above what Счетмаш stores, or without any buyer contact; otherwise sent.
 *
 * <p>The buyer contact is the payer's first valid e-mail, else the payer's first Russian mobile number (normalized
 * to {@code +79XXXXXXXXX}), else the policy's fallback e-mail. Contacts that are not valid count as missing, and the
 * skip reason says what was wrong with them (without repeating them).
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
   * @param payer the payer's contacts, when 1C has them
   * @param today the day the run happens, in the 1C server's calendar
   */
  public FillRow classify(BankReceipt document, Optional<PayerContacts> payer, SavedState state, LocalDate today) {
    Optional<String> contact = payer.flatMap(PayerContacts::email).flatMap(EmailAddresses::normalize)
        .or(() -> payer.flatMap(PayerContacts::phone).flatMap(PhoneNumbers::normalize))
        .or(policy::fallbackEmail);
    Optional<String> skip = state.isSent() ? Optional.empty() : skipReason(document, payer, contact);
    PlannedAction action = state.isSent() ? PlannedAction.ALREADY_SENT
        : skip.isPresent() ? PlannedAction.SKIP : PlannedAction.SEND;
    LocalDate dueBy = calendar.dueBy(document.date().toLocalDate());
    return FillRow.builder()
        .documentKey(document.key())
        .number(document.number())
        .date(document.date())
        .amount(document.amount())
        .paymentPurpose(document.paymentPurpose())
        .operationKind(document.operationKind())
        .posted(document.posted())
        .deletionMark(document.deletionMark())
        .payerName(payer.map(PayerContacts::name))
        .buyerContact(contact)
        .savedState(state)
        .externalId(ExternalIds.sell(document.key()))
        .dueBy(dueBy)
        .overdue(action != PlannedAction.SKIP && !state.isSuccess() && today.isAfter(dueBy))
        .action(action)
        .skipReason(skip)
        .build();
  }

  private Optional<String> skipReason(BankReceipt document, Optional<PayerContacts> payer,
      Optional<String> contact) {
    if (document.deletionMark()) {
      return Optional.of("marked for deletion");
    }
    if (!document.posted()) {
      return Optional.of("not posted");
    }
    if (!policy.includedOperationKinds().isEmpty()
        && !policy.includedOperationKinds().contains(document.operationKind())) {
      return Optional.of("operation kind " + document.operationKind() + " is not included");
    }
    if (document.amount().signum() <= 0) {
      return Optional.of("amount " + document.amount().toPlainString() + " is not above zero");
    }
    if (document.amount().stripTrailingZeros().scale() > 2) {
      return Optional.of("amount " + document.amount().toPlainString() + " has fractions of a kopeck; a receipt "
          + "is never rounded to a sum the payer did not pay");
    }
    if (document.amount().compareTo(ReceiptPolicy.MAX_TOTAL) > 0) {
      return Optional.of("amount " + document.amount().toPlainString() + " is above "
          + ReceiptPolicy.MAX_TOTAL.toPlainString() + ", the largest receipt total Счетмаш stores");
    }
    if (contact.isEmpty()) {
      return Optional.of("no buyer e-mail or phone: " + missingContact(document, payer)
          + ", and no fallback e-mail is configured");
    }
    return Optional.empty();
  }

  /** Why the payer of a document has no contact a receipt can go to, naming the field, not its value. */
  private static String missingContact(BankReceipt document, Optional<PayerContacts> payer) {
    if (document.payer().isEmpty()) {
      return "the document has no payer";
    }
    if (payer.isEmpty()) {
      return "the payer is not found in 1C";
    }
    Optional<String> email = payer.get().email().filter(text -> !text.isBlank());
    Optional<String> phone = payer.get().phone().filter(text -> !text.isBlank());
    if (email.isEmpty() && phone.isEmpty()) {
      return "the payer has no e-mail or phone in 1C";
    }
    List<String> problems = new ArrayList<>();
    problems.add(email.isEmpty() ? "the payer has no e-mail in 1C"
        : "the payer's e-mail in 1C is not a valid address of at most " + EmailAddresses.MAX_LENGTH + " characters");
    problems.add(phone.isEmpty() ? "the payer has no phone in 1C"
        : "the payer's phone in 1C " + PhoneNumbers.rejection(phone.get()).orElse("is not usable"));
    return String.join("; ", problems);
  }
}
