package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.WorkingCalendar;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.PayerContacts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Decides what happens to a document (design.md §2): already sent when 1C holds its receipt; otherwise skipped, with
 * the reason, when it is marked for deletion, not posted, of an excluded operation kind, without a positive amount,
 * or without any buyer contact; otherwise sent.
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
    Optional<String> contact = payer.flatMap(p -> p.email().filter(e -> e.contains("@")))
        .or(() -> payer.flatMap(PayerContacts::phone).flatMap(PhoneNumbers::normalize))
        .or(policy::fallbackEmail);
    Optional<String> skip = state.isSent() ? Optional.empty() : skipReason(document, contact);
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

  private Optional<String> skipReason(BankReceipt document, Optional<String> contact) {
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
      return Optional.of("amount " + document.amount().toPlainString() + " has fractions of a kopeck");
    }
    if (contact.isEmpty()) {
      return Optional.of("no buyer e-mail or phone in 1C and no fallback e-mail configured");
    }
    return Optional.empty();
  }
}
