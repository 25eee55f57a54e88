package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalReport;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptDetails;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.WorkingCalendar;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * What the workflow writes to the {@link ReceiptJournal} and reads from it, in its own terms: an entry before each
 * registration and its answer after, each status learnt, and the receipt that a copy of a payment gone from 1C had.
 * A failure to write is a {@link io.github.receiptbridge.core.JournalException}, which stops the run.
 */
public final class JournalTrail {
  private final ReceiptJournal journal;
  private final long shopId;
  private final Clock clock;

  /**
   * A trail in {@code journal}.
   *
   * @param shopId the Счетмаш shop receipts go to (0 when the fiscal service has none)
   */
  public JournalTrail(ReceiptJournal journal, long shopId, Clock clock) {
    this.journal = journal;
    this.shopId = shopId;
    this.clock = clock;
  }

  /** Records that {@code row}'s receipt is about to be sent under {@code externalId}, replacing a rejected one. */
  void sending(FillRow row, String externalId, OptionalLong replaces) {
    journal.sending(JournalEntry.builder()
        .organization(row.organizationKey())
        .documentKey(row.documentKey())
        .number(row.number())
        .date(row.date())
        .dueBy(row.dueBy())
        .amount(row.amount())
        .payerKey(row.payerKey())
        .payerName(row.payerName())
        .operationKind(row.operationKind())
        .paymentOrderNumber(row.incomingNumber())
        .paymentOrderDate(row.incomingDate())
        .paymentKey(PossibleDuplicates.paymentKey(row).orElse(""))
        .externalId(externalId)
        .shopId(shopId)
        .replaces(replaces)
        .sendingAt(clock.instant())
        .build());
  }

  /**
   * The {@link JournalEntry#paymentKey()} of the refund receipts of a payment document: {@code refund-of|<payment
   * key>}. A payment's own key never starts so, so the duplicate check never takes a refund for a copy of a payment.
   */
  static String refundKey(UUID payment) {
    return "refund-of|" + payment;
  }

  /**
   * Records that {@code refundRow}'s «возврат прихода» receipt of {@code payment} is about to be sent under {@code
   * externalId}: the trace that counts it against the payment's receipt from now on, answered or not.
   */
  void sendingRefund(FillRow refundRow, String externalId, UUID payment) {
    journal.sending(JournalEntry.builder()
        .organization(refundRow.organizationKey())
        .documentKey(refundRow.documentKey())
        .number(refundRow.number())
        .date(refundRow.date())
        .dueBy(refundRow.dueBy())
        .amount(refundRow.amount())
        .payerKey(refundRow.payerKey())
        .payerName(refundRow.payerName())
        .paymentKey(refundKey(payment))
        .externalId(externalId)
        .shopId(shopId)
        .sendingAt(clock.instant())
        .build());
  }

  /**
   * The refund receipts of this trail's shop recorded against {@code payment}, one per external id (the first
   * record), oldest first: those answered and those sent without an answer yet.
   */
  List<JournalEntry> refundsOf(UUID organization, UUID payment) {
    Map<String, JournalEntry> byExternalId = new LinkedHashMap<>();
    journal.byPaymentKey(organization, refundKey(payment)).stream()
        .filter(entry -> entry.shopId() == shopId)
        .forEach(entry -> byExternalId.merge(entry.externalId(), entry,
            (first, later) -> first.receiptId().isPresent() ? first : later));
    return List.copyOf(byExternalId.values());
  }

  /** Records the receipt id and status Счетмаш answered for {@code externalId}. */
  void sent(String externalId, long receiptId, String status) {
    journal.sent(shopId, externalId, receiptId, status, clock.instant());
  }

  /**
   * Records the status of a receipt as {@code report} gives it, its error text and check link, and, when it is {@code
   * success} with its fiscal data, when the receipt was fiscalized and its fiscal numbers: what the late-receipt
   * register and the table's receipt details read.
   */
  void status(long receiptId, FiscalReport report) {
    journal.status(shopId, receiptId, report.rawStatus(), clock.instant());
    details(receiptId, report);
  }

  /**
   * Records what {@code report} says of a receipt beyond its status, without the status: its error text and check
   * link, and when it is {@code success} with its fiscal data, when it was fiscalized and its fiscal numbers. What
   * an audit, which reads reports but writes no status, records.
   */
  void details(long receiptId, FiscalReport report) {
    if (report.status() == ReceiptStatus.SUCCESS && report.fiscalizedAt().isPresent()
        && report.fiscalNumbers().isPresent()) {
      journal.fiscalized(shopId, receiptId, report.fiscalizedAt().get(), report.fiscalNumbers().get());
    }
    journal.details(shopId, receiptId, report.errorMessage(), report.checkLink());
  }

  /**
   * The receipts of this trail's shop for the organization's documents of {@code period} that were fiscalized after
   * their due day, by payment date.
   */
  public List<LateReceipt> lateReceipts(UUID organization, DateRange period, WorkingCalendar calendar) {
    return LateReceipts.find(journal.byPaymentDate(organization, period).stream()
        .filter(entry -> entry.shopId() == shopId && !ExternalIds.isRefund(entry.externalId())).toList(), calendar);
  }

  /**
   * The latest receipt of this trail's shop for each of the organization's documents of {@code period} (by the
   * payment date recorded when it was sent) that has a receipt id, in payment date order: what an audit goes through.
   */
  List<JournalEntry> receiptsByPaymentDate(UUID organization, DateRange period) {
    Map<UUID, JournalEntry> latest = new LinkedHashMap<>();
    journal.byPaymentDate(organization, period).stream()
        .filter(entry -> entry.shopId() == shopId && entry.receiptId().isPresent())
        .forEach(entry -> latest.put(entry.documentKey(), entry));
    return List.copyOf(latest.values());
  }

  /**
   * What the journal knows of the receipts of this trail's shop for the organization's documents of {@code period}
   * (by the payment date recorded when each was sent), by receipt id: error text, fiscal date-time and numbers, and
   * check link; receipts it knows none of these for are left out. One journal read, whatever the period's size.
   */
  Map<Long, ReceiptDetails> receiptDetails(UUID organization, DateRange period) {
    Map<Long, ReceiptDetails> details = new HashMap<>();
    for (JournalEntry entry : journal.byPaymentDate(organization, period)) {
      if (entry.shopId() != shopId || entry.receiptId().isEmpty()) {
        continue;
      }
      ReceiptDetails known = ReceiptDetails.builder()
          .errorMessage(entry.errorMessage())
          .fiscalizedAt(entry.fiscalizedAt())
          .fiscalNumbers(entry.fiscalNumbers())
          .checkLink(entry.checkLink())
          .build();
      if (!known.equals(ReceiptDetails.builder().build())) {
        details.put(entry.receiptId().getAsLong(), known);
      }
    }
    return details;
  }

  /** What the journal recorded when {@code receiptId} of this trail's shop was sent for {@code row}'s document. */
  Optional<JournalEntry> receiptOf(FillRow row, long receiptId) {
    return journal.byDocument(row.documentKey()).stream()
        .filter(entry -> entry.shopId() == shopId && entry.receiptId().equals(OptionalLong.of(receiptId)))
        .reduce((earlier, later) -> later);
  }

  /** Records that {@code row}'s new receipt {@code sentId} was not written over the {@code savedId} 1C held. */
  void receiptIdConflict(FillRow row, long savedId, long sentId) {
    journal.receiptIdConflict(row.organizationKey(), row.documentKey(), row.number(), savedId, sentId,
        clock.instant());
  }

  /** Records an operator's decision that {@code row} is a payment of its own. */
  void notDuplicate(FillRow row) {
    journal.notDuplicate(row.organizationKey(), row.documentKey(), row.number(), clock.instant());
  }

  /**
   * The ids of the receipts that re-issues of {@code row}'s document replaced, oldest first; without those a
   * correction replaced and refunded (the journal holds an answered {@code sell_refund} of it under {@link
   * ExternalIds#correctionRefund}): refunded, such a receipt nets to zero and is no second receipt of the payment.
   */
  List<Long> replacedReceipts(FillRow row) {
    List<JournalEntry> entries = journal.byDocument(row.documentKey());
    java.util.Set<String> answered = new java.util.HashSet<>();
    entries.stream().filter(entry -> entry.receiptId().isPresent()).forEach(entry -> answered.add(entry.externalId()));
    return entries.stream().flatMap(entry -> entry.replaces().stream().boxed())
        .filter(replaced -> !answered.contains(ExternalIds.correctionRefund(row.documentKey(), replaced)))
        .distinct().toList();
  }

  /**
   * Records that the «возврат прихода» of {@code oldRow}'s receipt (a correction's: {@code oldRow} carries the old
   * receipt's total and buyer) is about to be sent under {@code externalId}. Its payment key is {@code
   * correction-of|<document key>}, so it counts neither as a copy of a payment nor against the refunds of the
   * document's new receipt.
   */
  void sendingCorrectionRefund(FillRow oldRow, String externalId) {
    journal.sending(JournalEntry.builder()
        .organization(oldRow.organizationKey())
        .documentKey(oldRow.documentKey())
        .number(oldRow.number())
        .date(oldRow.date())
        .dueBy(oldRow.dueBy())
        .amount(oldRow.amount())
        .payerKey(oldRow.payerKey())
        .payerName(oldRow.payerName())
        .operationKind(oldRow.operationKind())
        .paymentKey("correction-of|" + oldRow.documentKey())
        .externalId(externalId)
        .shopId(shopId)
        .sendingAt(clock.instant())
        .build());
  }

  /**
   * A receipt the journal holds for the same payment as {@code row} under another document: the trace of a copy
   * that may be gone from 1C altogether.
   */
  Optional<JournalEntry> receiptOfAnotherCopy(FillRow row) {
    Optional<String> key = PossibleDuplicates.paymentKey(row);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return journal.byPaymentKey(row.organizationKey(), key.get()).stream()
        .filter(entry -> !entry.documentKey().equals(row.documentKey()) && entry.receiptId().isPresent())
        .findFirst();
  }
}
