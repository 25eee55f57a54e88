package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The audit's look at the receipt journal, so that a receipt never silently drops out of every report: the receipts
 * the journal holds for an organization's period (by the payment date recorded when each was sent) whose documents
 * the ledger's period no longer lists are read by key, and each whose document is gone ({@link
 * ReasonCode#DOCUMENT_GONE}) or now dated outside the period ({@link ReasonCode#DOCUMENT_REDATED}) is found.
 */
public final class JournalAudit {
  private final Ledger ledger;
  private final JournalTrail trail;
  private final WorkingCalendar calendar;

  /** An audit of {@code trail}'s receipts against {@code ledger}; {@code calendar} gives a re-dated payment's due day. */
  public JournalAudit(Ledger ledger, JournalTrail trail, WorkingCalendar calendar) {
    this.ledger = ledger;
    this.trail = trail;
    this.calendar = calendar;
  }

  /**
   * A receipt of the journal whose document the period's rows did not list.
   *
   * @param row the document as the ledger holds it now, or as the journal recorded it when it is gone or unreadable
   * @param receiptId the receipt
   * @param reason why the receipt is out of the period's rows
   * @param failure why the ledger could not be asked about the document; then {@code reason} is empty
   */
  record Finding(FillRow row, long receiptId, Optional<Reason> reason, Optional<RuntimeException> failure) {}

  /**
   * The findings among the receipts of this trail's shop for the organization's documents of {@code period} that
   * {@code listed} (the documents the period's rows held) does not name, in payment date order. A document the ledger
   * still holds within the period (moved to another organization) is not a finding. Reads the ledger once per such
   * receipt, on the calling thread.
   */
  List<Finding> outside(UUID organization, DateRange period, Set<UUID> listed) {
    List<Finding> findings = new ArrayList<>();
    for (JournalEntry entry : trail.receiptsByPaymentDate(organization, period)) {
      if (listed.contains(entry.documentKey()) || entry.receiptId().isEmpty()) {
        continue;
      }
      long receiptId = entry.receiptId().getAsLong();
      FillRow recorded = recorded(entry);
      Optional<PaymentDocument> now;
      try {
        now = ledger.payment(entry.documentKey());
      } catch (RuntimeException failure) {
        findings.add(new Finding(recorded, receiptId, Optional.empty(), Optional.of(failure)));
        continue;
      }
      if (now.isEmpty()) {
        findings.add(new Finding(recorded, receiptId, Optional.of(Reason.of(ReasonCode.DOCUMENT_GONE,
            String.valueOf(receiptId), entry.number(), entry.date().toLocalDate().toString())), Optional.empty()));
        continue;
      }
      LocalDate dated = now.get().date().toLocalDate();
      if (!dated.isBefore(period.from()) && !dated.isAfter(period.to())) {
        continue;
      }
      findings.add(new Finding(current(recorded, now.get()), receiptId, Optional.of(Reason.of(
          ReasonCode.DOCUMENT_REDATED, String.valueOf(receiptId), entry.date().toLocalDate().toString(),
          dated.toString())), Optional.empty()));
    }
    return findings;
  }

  /** The row of a receipt's document as the journal recorded it when the receipt was sent. */
  private FillRow recorded(JournalEntry entry) {
    LocalDate dueBy = entry.dueBy().orElseGet(() -> calendar.dueBy(entry.date().toLocalDate()));
    return FillRow.builder()
        .documentKey(entry.documentKey())
        .organizationKey(entry.organization())
        .number(entry.number())
        .date(entry.date())
        .amount(entry.amount())
        .paymentPurpose("")
        .operationKind(entry.operationKind().orElse(""))
        .posted(true)
        .deletionMark(false)
        .incomingNumber(entry.paymentOrderNumber())
        .incomingDate(entry.paymentOrderDate())
        .payerKey(entry.payerKey())
        .payerName(entry.payerName())
        .savedState(SavedState.builder().receiptId(entry.receiptId()).rawStatus(entry.status()).build())
        .externalId(entry.externalId())
        .dueBy(dueBy)
        .overdue(false)
        .action(PlannedAction.ALREADY_SENT)
        .build();
  }

  /** {@code recorded} with what the ledger's document {@code now} says. */
  private FillRow current(FillRow recorded, PaymentDocument now) {
    return FillRow.builder().from(recorded)
        .number(now.number())
        .date(now.date())
        .amount(now.amount())
        .paymentPurpose(now.paymentPurpose())
        .operationKind(now.operationKind())
        .paymentKind(now.kind())
        .posted(now.posted())
        .deletionMark(now.deletionMark())
        .incomingNumber(now.incomingNumber())
        .incomingDate(now.incomingDate())
        .payerKey(now.payer().map(PayerRef::key))
        .dueBy(calendar.dueBy(now.date().toLocalDate()))
        .build();
  }
}
