package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.OrganizationPayers;
import io.github.receiptbridge.core.Payer;
import io.github.receiptbridge.core.PayerKind;
import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides what happens to a document (docs/architecture.md §2): already sent when the ledger holds its receipt;
 * otherwise skipped, with the reason, when the ledger holds a status without a receipt id, when it is marked for
 * deletion, not posted, of an operation kind the policy leaves out, paid by an organization (unless the policy sends
 * those), with an amount that is not above zero, has fractions of a kopeck or is above what Счетмаш stores, or without
 * any buyer contact; otherwise sent.
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
   * @param payer the payer, when the ledger has it (and it was read)
   * @param today the day the run happens, in the ledger's calendar
   */
  public FillRow classify(PaymentDocument document, Optional<Payer> payer, SavedState state, LocalDate today) {
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
        .paymentKind(document.kind())
        .posted(document.posted())
        .deletionMark(document.deletionMark())
        .incomingNumber(document.incomingNumber())
        .incomingDate(document.incomingDate())
        .payerKey(document.payer().map(PayerRef::key))
        .payerName(payer.map(Payer::name))
        .payerKind(payer.map(Payer::kind).filter(kind -> kind != PayerKind.UNKNOWN))
        .payerInn(payer.flatMap(Payer::inn).flatMap(Inns::normalize))
        .buyerContact(contact)
        .savedState(state)
        .externalId(ExternalIds.sell(document.key()))
        .dueBy(dueBy)
        .overdue(action != PlannedAction.SKIP && !state.isSuccess() && today.isAfter(dueBy))
        .action(action)
        .skipReason(skip)
        .build();
  }

  /**
   * Why {@code document} would get no receipt if the ledger held nothing for it, or empty when it is eligible: the
   * rules of {@link #classify} without the saved state. {@code reissue} asks this of a document that already has a
   * receipt.
   */
  public Optional<Reason> ineligibility(PaymentDocument document, Optional<Payer> payer) {
    return skipReason(document, payer, SavedState.empty(), contact(payer));
  }

  /**
   * The contact a receipt to {@code payer} goes to: its first valid e-mail, else its first Russian mobile number, else
   * the policy's fallback e-mail; empty when none.
   */
  public Optional<String> contact(Optional<Payer> payer) {
    return payer.flatMap(found -> found.emails().stream().map(EmailAddresses::normalize)
            .flatMap(Optional::stream).findFirst())
        .or(() -> payer.flatMap(found -> found.phones().stream().map(PhoneNumbers::normalize)
            .flatMap(Optional::stream).findFirst()))
        .or(policy::fallbackEmail);
  }

  private Optional<Reason> skipReason(PaymentDocument document, Optional<Payer> payer, SavedState state,
      Optional<String> contact) {
    if (state.hasStatusWithoutReceipt()) {
      return skip(ReasonCode.STATUS_WITHOUT_ID, state.rawStatus().orElseThrow());
    }
    if (document.deletionMark()) {
      return skip(ReasonCode.MARKED_FOR_DELETION);
    }
    if (!document.posted()) {
      return skip(ReasonCode.NOT_POSTED);
    }
    if (!policy.includes(document)) {
      return skip(ReasonCode.OPERATION_KIND, document.operationKind(),
          String.join(", ", policy.includedOperationKinds().stream().sorted().toList()));
    }
    if (policy.organizationPayers() == OrganizationPayers.SKIP
        && payer.map(Payer::kind).filter(PayerKind.ORGANIZATION::equals).isPresent()) {
      return skip(ReasonCode.ORGANIZATION_PAYER);
    }
    String amount = document.amount().toPlainString();
    if (document.amount().signum() <= 0) {
      return skip(ReasonCode.AMOUNT_NOT_POSITIVE, amount);
    }
    if (document.amount().stripTrailingZeros().scale() > 2
        || document.amount().compareTo(ReceiptPolicy.MAX_TOTAL) > 0) {
      return skip(ReasonCode.AMOUNT_NOT_SENDABLE, amount, ReceiptPolicy.MAX_TOTAL.toPlainString());
    }
    if (contact.isEmpty()) {
      return Optional.of(missingContact(document, payer));
    }
    return Optional.empty();
  }

  private static Optional<Reason> skip(ReasonCode code, String... arguments) {
    return Optional.of(Reason.of(code, arguments));
  }

  /**
   * Why the payer of a document has no contact a receipt can go to ({@link ReasonCode#NO_CONTACT}), counting the
   * entries and naming what is wrong with the first phone, never their values.
   */
  private static Reason missingContact(PaymentDocument document, Optional<Payer> payer) {
    if (document.payer().isEmpty()) {
      return Reason.of(ReasonCode.NO_CONTACT, "NO_PAYER", "0", "0", "");
    }
    if (payer.isEmpty()) {
      return Reason.of(ReasonCode.NO_CONTACT, "PAYER_NOT_FOUND", "0", "0", "");
    }
    List<String> emails = payer.get().emails().stream().filter(text -> !text.isBlank()).toList();
    List<String> phones = payer.get().phones().stream().filter(text -> !text.isBlank()).toList();
    String problem = emails.isEmpty() && phones.isEmpty() ? "NO_ENTRIES" : "NONE_VALID";
    String phone = phones.isEmpty() ? ""
        : PhoneNumbers.rejection(phones.get(0)).map(PhoneNumbers.Rejection::name).orElse("");
    return Reason.of(ReasonCode.NO_CONTACT, problem, String.valueOf(emails.size()), String.valueOf(phones.size()),
        phone);
  }
}
