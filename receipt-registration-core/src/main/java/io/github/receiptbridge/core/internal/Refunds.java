package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentNotFoundException;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalReport;
import io.github.receiptbridge.core.FiscalService;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptDraft;
import io.github.receiptbridge.core.ReceiptNotFoundException;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.ReceiptRejectedException;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RefundDocument;
import io.github.receiptbridge.core.RefundMatch;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.WorkingCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Refunds to payers: the list of a period's refund documents with the payment each returns, and the «возврат прихода»
 * ({@code sell_refund}) receipt of one refund an operator names, in the order of effects of a sale (record in the
 * journal, send under the fixed {@code 1c-<refund key>-refund}, write id, date and status on the refund document).
 *
 * <p>The locks: a refund document whose ledger holds a receipt id is never sent again; the external id makes a repeat
 * return the first receipt; and a refund never exceeds the payment receipt's total minus the other refund receipts the
 * journal holds against the payment, checked before the journal record and again with it in place.
 */
public final class Refunds {
  /** How many months before the period the payment a refund returns is looked for. */
  public static final int LOOKBACK_MONTHS = 12;

  private final Ledger ledger;
  private final FiscalService fiscal;
  private final Filler filler;
  private final ReceiptFactory receipts;
  private final JournalTrail trail;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final Supplier<LocalDateTime> now;
  private final Sender sender;

  /**
   * Refunds over the two services.
   *
   * @param now the ledger's wall-clock time, for the check date
   */
  public Refunds(Ledger ledger, FiscalService fiscal, Filler filler, ReceiptFactory receipts, JournalTrail trail,
      WorkingCalendar calendar, Clock clock, Supplier<LocalDateTime> now) {
    this.ledger = ledger;
    this.fiscal = fiscal;
    this.filler = filler;
    this.receipts = receipts;
    this.trail = trail;
    this.calendar = calendar;
    this.clock = clock;
    this.now = now;
    this.sender = new Sender(fiscal, ledger, receipts, Optional.empty(), now, trail);
  }

  /** The months where the payment of a refund of {@code period} is looked for: {@value #LOOKBACK_MONTHS} before it. */
  public static DateRange paymentWindow(DateRange period) {
    return DateRange.of(period.from().minusMonths(LOOKBACK_MONTHS), period.to());
  }

  /** The period's refunds of {@code organization}, each with the payment it returns. Sends and writes nothing. */
  public List<RefundRow> list(UUID organization, DateRange period) {
    List<RefundDocument> refunds;
    try (Stream<RefundDocument> all = ledger.refunds(organization, period)) {
      refunds = all.toList();
    }
    if (refunds.isEmpty()) {
      return List.of();
    }
    Set<UUID> named = refunds.stream().flatMap(refund -> refund.namedPayments().stream()).collect(Collectors.toSet());
    Set<UUID> payers = refunds.stream().flatMap(refund -> refund.payer().stream())
        .map(payer -> payer.key()).collect(Collectors.toSet());
    List<PaymentDocument> payments;
    try (Stream<PaymentDocument> all = ledger.payments(organization, paymentWindow(period))) {
      payments = all.filter(payment -> named.contains(payment.key())
          || payment.payer().filter(payer -> payers.contains(payer.key())).isPresent()).toList();
    }
    Map<UUID, SavedState> paymentStates = payments.isEmpty() ? Map.of()
        : ledger.savedStates(payments.stream().map(PaymentDocument::key).toList());
    Map<UUID, SavedState> refundStates = ledger.refundSavedStates(refunds.stream().map(RefundDocument::key).toList());
    Map<UUID, PaymentDocument> byKey = new HashMap<>();
    payments.forEach(payment -> byKey.put(payment.key(), payment));
    List<RefundRow> rows = new ArrayList<>(refunds.size());
    for (RefundDocument refund : refunds) {
      RefundRow.Builder row = RefundRow.builder()
          .refund(refund)
          .savedState(refundStates.getOrDefault(refund.key(), SavedState.empty()))
          .externalId(ExternalIds.refund(refund.key()))
          .refunded(BigDecimal.ZERO);
      Optional<UUID> namedKey = refund.namedPayments().stream().findFirst();
      Optional<PaymentDocument> payment = refund.namedPayments().stream().map(byKey::get).filter(Objects::nonNull)
          .findFirst();
      if (payment.isEmpty() && namedKey.isPresent()) {
        row.match(RefundMatch.NAMED).paymentKey(namedKey.get()); // older than the searched months
        rows.add(withRefunded(row, organization, refund, namedKey.get(), Optional.empty()).build());
        continue;
      }
      if (payment.isPresent()) {
        row.match(RefundMatch.NAMED);
      } else {
        payment = likely(refund, payments, paymentStates);
        row.match(payment.isPresent() ? RefundMatch.LIKELY : RefundMatch.NONE);
      }
      if (payment.isPresent()) {
        PaymentDocument found = payment.get();
        SavedState state = paymentStates.getOrDefault(found.key(), SavedState.empty());
        row.paymentKey(found.key()).paymentNumber(found.number()).paymentDate(found.date())
            .paymentAmount(found.amount()).paymentReceiptId(state.receiptId()).paymentReceiptStatus(state.rawStatus());
        withRefunded(row, organization, refund, found.key(), Optional.of(found.amount()));
      }
      rows.add(row.build());
    }
    return rows;
  }

  /**
   * The rows of the period's refund documents whose receipt a status pass asks about: a receipt id is saved and its
   * status is not final ({@code success} or {@code error}), or the status or check date is missing. Each row carries the
   * refund's key, number, date, amount and {@code 1c-<key>-refund}; it is never sent, only asked about.
   */
  public List<FillRow> statusRows(UUID organization, DateRange period) {
    List<RefundDocument> all;
    try (Stream<RefundDocument> refunds = ledger.refunds(organization, period)) {
      all = refunds.toList();
    }
    if (all.isEmpty()) {
      return List.of();
    }
    Map<UUID, SavedState> states = ledger.refundSavedStates(all.stream().map(RefundDocument::key).toList());
    List<FillRow> rows = new ArrayList<>();
    for (RefundDocument refund : all) {
      SavedState state = states.getOrDefault(refund.key(), SavedState.empty());
      boolean settled = state.isComplete() && state.status().filter(status -> !status.isInFlight()).isPresent();
      if (state.receiptId().isEmpty() || settled) {
        continue;
      }
      rows.add(FillRow.builder()
          .documentKey(refund.key())
          .organizationKey(refund.organizationKey())
          .number(refund.number())
          .date(refund.date())
          .amount(refund.amount())
          .paymentPurpose(refund.paymentPurpose())
          .operationKind("ВозвратПокупателю")
          .posted(refund.posted())
          .deletionMark(refund.deletionMark())
          .payerKey(refund.payer().map(payer -> payer.key()))
          .savedState(state)
          .externalId(ExternalIds.refund(refund.key()))
          .dueBy(calendar.dueBy(refund.date().toLocalDate()))
          .overdue(false)
          .action(PlannedAction.ALREADY_SENT)
          .build());
    }
    return rows;
  }

  private RefundRow.Builder withRefunded(RefundRow.Builder row, UUID organization, RefundDocument refund,
      UUID payment, Optional<BigDecimal> total) {
    BigDecimal refunded = refundedByOthers(organization, payment, refund.key(), entry -> true);
    row.refunded(refunded);
    total.ifPresent(amount -> row.refundable(amount.subtract(refunded).max(BigDecimal.ZERO)));
    return row;
  }

  /**
   * The latest payment of the refund's payer dated before it that has a receipt id and an amount not below the
   * refund's.
   */
  private static Optional<PaymentDocument> likely(RefundDocument refund, List<PaymentDocument> payments,
      Map<UUID, SavedState> states) {
    if (refund.payer().isEmpty()) {
      return Optional.empty();
    }
    UUID payer = refund.payer().get().key();
    return payments.stream()
        .filter(payment -> payment.payer().filter(ref -> ref.key().equals(payer)).isPresent())
        .filter(payment -> payment.date().isBefore(refund.date()))
        .filter(payment -> payment.amount().compareTo(refund.amount()) >= 0)
        .filter(payment -> states.getOrDefault(payment.key(), SavedState.empty()).receiptId().isPresent())
        .max(Comparator.comparing(PaymentDocument::date).thenComparing(PaymentDocument::number));
  }

  /**
   * What the journal's refund receipts of {@code payment} by documents other than {@code refund} add up to, counting
   * those that {@code counts}.
   */
  private BigDecimal refundedByOthers(UUID organization, UUID payment, UUID refund,
      java.util.function.Predicate<JournalEntry> counts) {
    return trail.refundsOf(organization, payment).stream()
        .filter(entry -> !entry.documentKey().equals(refund))
        .filter(counts)
        .map(JournalEntry::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Sends the «возврат прихода» receipt of the refund named {@code refundName} against the payment named {@code
   * paymentName}, unless a lock refuses it (then the report says why).
   *
   * @throws DocumentNotFoundException when a name matches no document, or several
   */
  public RunReport refund(UUID organization, DateRange period, String refundName, String paymentName, LocalDate today,
      ProgressListener listener) {
    RefundDocument refund = findRefund(organization, period, refundName);
    DateRange window = paymentWindow(period);
    List<Filler.Candidate> candidates = filler.candidates(organization, window, today,
        document -> DocumentNames.matches(paymentName, document));
    if (candidates.size() != 1) {
      throw new DocumentNotFoundException(List.of(paymentName), candidates.isEmpty()
          ? "No payment " + paymentName + " in " + window + "; nothing was refunded"
          : "Several payments are numbered " + paymentName + " in " + window + "; name it by its key. Nothing was "
              + "refunded");
    }
    Filler.Candidate payment = candidates.get(0);
    SavedState refundState = ledger.refundSavedStates(List.of(refund.key())).getOrDefault(refund.key(),
        SavedState.empty());
    String externalId = ExternalIds.refund(refund.key());
    FillRow refundRow = payment.row()
        .withDocumentKey(refund.key())
        .withNumber(refund.number())
        .withDate(refund.date())
        .withAmount(refund.amount())
        .withPaymentPurpose(refund.paymentPurpose())
        .withOperationKind("ВозвратПокупателю")
        .withPosted(refund.posted())
        .withDeletionMark(refund.deletionMark())
        .withIncomingNumber(Optional.empty())
        .withIncomingDate(Optional.empty())
        .withSavedState(refundState)
        .withExternalId(externalId)
        .withDueBy(calendar.dueBy(refund.date().toLocalDate()))
        .withOverdue(false)
        .withAction(PlannedAction.SEND)
        .withSkipReason(Optional.empty());
    RunLedger book = new RunLedger(Phase.REFUND, clock, listener);
    Interrupts interrupts = new Interrupts(book);
    listener.started(Phase.REFUND, OptionalLong.of(1));
    if (!interrupts.interrupted()) {
      try {
        refundOne(refund, refundRow, payment, book);
      } catch (RuntimeException failure) {
        interrupts.documentFailed(failure, 0, refundRow);
      }
    }
    interrupts.interrupted(); // a call of this thread cut short by an interrupt left the flag set
    return book.finish(interrupts);
  }

  private RefundDocument findRefund(UUID organization, DateRange period, String name) {
    List<RefundDocument> found;
    try (Stream<RefundDocument> all = ledger.refunds(organization, period)) {
      found = all.filter(refund -> DocumentNames.matches(name, refund.key(), refund.number())).toList();
    }
    if (found.size() != 1) {
      throw new DocumentNotFoundException(List.of(name), found.isEmpty()
          ? "No refund to a payer " + name + " in " + period + "; nothing was refunded"
          : "Several refunds are numbered " + name + " in " + period + "; name it by its key. Nothing was refunded");
    }
    return found.get(0);
  }

  private void refundOne(RefundDocument refund, FillRow refundRow, Filler.Candidate paymentCandidate,
      RunLedger book) {
    SavedState state = refundRow.savedState();
    if (state.receiptId().isPresent()) {
      alreadySent(refundRow, state.receiptId().getAsLong(), book);
      return;
    }
    Optional<Reason> refusal = refusal(refund, refundRow, paymentCandidate);
    if (refusal.isPresent()) {
      book.record(0, Outcomes.of(refundRow, Action.SKIPPED).reason(refusal).build());
      return;
    }
    FillRow paymentRow = paymentCandidate.row();
    long paymentReceipt = paymentRow.savedState().receiptId().orElseThrow();
    FiscalReport paid;
    try {
      paid = fiscal.report(paymentReceipt);
    } catch (ReceiptNotFoundException unknown) {
      book.record(0, Outcomes.of(refundRow, Action.SKIPPED)
          .reason(Reason.of(ReasonCode.RECEIPT_ID_UNKNOWN, String.valueOf(paymentReceipt))).build());
      return;
    }
    trail.details(paymentReceipt, paid);
    if (paid.status() != ReceiptStatus.SUCCESS) {
      book.record(0, Outcomes.of(refundRow, Action.SKIPPED).reason(Reason.of(
          ReasonCode.REFUND_PAYMENT_NOT_FISCALIZED, paymentRow.number(), String.valueOf(paymentReceipt),
          paid.rawStatus())).build());
      return;
    }
    BigDecimal total = paid.total().orElse(paymentRow.amount());
    UUID organization = refundRow.organizationKey();
    UUID payment = paymentRow.documentKey();
    Optional<Reason> over = overRemainder(refund, total,
        refundedByOthers(organization, payment, refund.key(), entry -> true));
    if (over.isPresent()) {
      book.record(0, Outcomes.of(refundRow, Action.SKIPPED).reason(over).build());
      return;
    }
    ReceiptDraft draft = receipts.sell(paymentRow, refundRow.externalId())
        .withAmount(refund.amount().setScale(2, RoundingMode.UNNECESSARY))
        .withTimestamp(refund.date());
    try {
      fiscal.validate(draft);
    } catch (ReceiptRejectedException rejected) {
      book.record(0, Outcomes.of(refundRow, Action.SKIPPED)
          .reason(Reason.of(ReasonCode.RECEIPT_INVALID, rejected.reason())).build());
      return;
    }
    OptionalLong receiptId = sender.registerRefund(0, refundRow, draft, payment,
        () -> overRemainder(refund, total, refundedBefore(organization, payment, refund.key(),
            refundRow.externalId())), book);
    receiptId.ifPresent(id -> writeBack(refundRow, id, book));
  }

  /**
   * With our journal record in place: what the other refunds of the payment recorded before ours, or already
   * answered, add up to. Of two refunds recorded at the same time, the later one (by time, then external id) yields.
   */
  private BigDecimal refundedBefore(UUID organization, UUID payment, UUID refund, String externalId) {
    List<JournalEntry> all = trail.refundsOf(organization, payment);
    Optional<JournalEntry> ours = all.stream().filter(entry -> entry.externalId().equals(externalId)).findFirst();
    Instant oursAt = ours.map(JournalEntry::sendingAt).orElse(Instant.MAX);
    return refundedByOthers(organization, payment, refund, entry -> entry.receiptId().isPresent()
        || entry.sendingAt().isBefore(oursAt)
        || entry.sendingAt().equals(oursAt) && entry.externalId().compareTo(externalId) < 0);
  }

  private static Optional<Reason> overRemainder(RefundDocument refund, BigDecimal total, BigDecimal refunded) {
    BigDecimal left = total.subtract(refunded);
    if (refund.amount().compareTo(left) <= 0) {
      return Optional.empty();
    }
    return Optional.of(Reason.of(ReasonCode.REFUND_OVER_REMAINDER, money(refund.amount()), money(total),
        money(refunded), money(left)));
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  /** Why the refund may not be sent against this payment, before the fiscal service is asked; empty when it may. */
  private static Optional<Reason> refusal(RefundDocument refund, FillRow refundRow, Filler.Candidate payment) {
    SavedState state = refundRow.savedState();
    if (state.hasStatusWithoutReceipt()) {
      return Optional.of(Reason.of(ReasonCode.STATUS_WITHOUT_ID, state.rawStatus().orElse("")));
    }
    if (refund.deletionMark()) {
      return Optional.of(Reason.of(ReasonCode.MARKED_FOR_DELETION));
    }
    if (!refund.posted()) {
      return Optional.of(Reason.of(ReasonCode.NOT_POSTED));
    }
    if (refund.amount().signum() <= 0) {
      return Optional.of(Reason.of(ReasonCode.AMOUNT_NOT_POSITIVE, refund.amount().toPlainString()));
    }
    if (refund.amount().stripTrailingZeros().scale() > 2 || refund.amount().compareTo(ReceiptPolicy.MAX_TOTAL) > 0) {
      return Optional.of(Reason.of(ReasonCode.AMOUNT_NOT_SENDABLE, refund.amount().toPlainString(),
          ReceiptPolicy.MAX_TOTAL.toPlainString()));
    }
    FillRow paymentRow = payment.row();
    Set<UUID> named = refund.namedPayments();
    if (!named.isEmpty() && !named.contains(paymentRow.documentKey())) {
      return Optional.of(Reason.of(ReasonCode.REFUND_OTHER_PAYMENT, "NAMED_OTHER",
          named.stream().map(UUID::toString).collect(Collectors.joining(", "))));
    }
    if (refund.payer().isPresent() && paymentRow.payerKey().isPresent()
        && !refund.payer().get().key().equals(paymentRow.payerKey().get())) {
      return Optional.of(Reason.of(ReasonCode.REFUND_OTHER_PAYMENT, "OTHER_PAYER", ""));
    }
    SavedState paid = paymentRow.savedState();
    if (paid.receiptId().isEmpty()) {
      return Optional.of(Reason.of(ReasonCode.REFUND_PAYMENT_NOT_FISCALIZED, paymentRow.number(), "",
          paid.rawStatus().orElse("")));
    }
    if (paymentRow.buyerContact().isEmpty()) {
      return Optional.of(payment.ineligibility().filter(reason -> reason.code() == ReasonCode.NO_CONTACT)
          .orElse(Reason.of(ReasonCode.NO_CONTACT, "NONE_VALID", "0", "0", "")));
    }
    return Optional.empty();
  }

  /**
   * A refund document with a receipt id: never sent again. When its saved state is not complete or not {@code
   * success}, the service is asked and its answer written (a write-back cut short is completed so).
   */
  private void alreadySent(FillRow refundRow, long receiptId, RunLedger book) {
    SavedState state = refundRow.savedState();
    if (state.isComplete() && state.isSuccess()) {
      book.record(0, Outcomes.of(refundRow, Action.SKIPPED).reason(Reason.of(ReasonCode.REFUND_ALREADY_SENT,
          String.valueOf(receiptId), state.rawStatus().orElse(""))).build());
      return;
    }
    FiscalReport report;
    try {
      report = fiscal.report(receiptId);
    } catch (ReceiptNotFoundException unknown) {
      book.record(0, Outcomes.of(refundRow, Action.SKIPPED)
          .reason(Reason.of(ReasonCode.RECEIPT_ID_UNKNOWN, String.valueOf(receiptId))).build());
      return;
    }
    try {
      Interrupts.shielded(book, () -> ledger.saveRefundStatus(refundRow.documentKey(), report.status(),
          report.rawStatus(), now.get()));
      trail.status(receiptId, report);
      book.record(0, Outcomes.of(refundRow, Action.UPDATED).rawStatus(report.rawStatus())
          .reason(Reason.of(ReasonCode.REFUND_ALREADY_SENT, String.valueOf(receiptId), report.rawStatus()))
          .error(Outcomes.serviceError(report)).build());
    } catch (RuntimeException failure) {
      book.fail(0, refundRow, failure, "Refund receipt " + receiptId + " is " + report.rawStatus()
          + ", but writing that to the ledger failed: ");
    }
  }

  /** As a sale's write-back: never over another receipt id, then id, date and {@code accept}. */
  private void writeBack(FillRow refundRow, long receiptId, RunLedger book) {
    try {
      OptionalLong saved = Interrupts.shielded(book, () -> Optional.ofNullable(ledger.refundSavedStates(
          List.of(refundRow.documentKey())).get(refundRow.documentKey())).map(SavedState::receiptId)
          .orElse(OptionalLong.empty()));
      if (saved.isPresent() && saved.getAsLong() != receiptId) {
        trail.receiptIdConflict(refundRow, saved.getAsLong(), receiptId);
        book.record(0, Outcomes.of(refundRow, Action.MISMATCH).receiptId(receiptId)
            .rawStatus(ReceiptStatus.ACCEPT.wireValue())
            .reason(Reason.of(ReasonCode.RECEIPT_ID_CONFLICT, String.valueOf(receiptId), String.valueOf(saved.getAsLong())))
            .build());
        return;
      }
      Interrupts.shielded(book, () -> ledger.saveRefundReceipt(refundRow.documentKey(), receiptId,
          ReceiptStatus.ACCEPT, now.get()));
      book.record(0, Outcomes.of(refundRow, Action.SENT).receiptId(receiptId)
          .rawStatus(ReceiptStatus.ACCEPT.wireValue()).build());
    } catch (RuntimeException failure) {
      book.fail(0, refundRow.withSavedState(refundRow.savedState().withReceiptId(receiptId)), failure,
          "Registered as refund receipt " + receiptId + ", but writing it to the ledger failed; refunding the same "
              + "document again completes the write: it sends the same external_id, which returns receipt "
              + receiptId + ", or asks the fiscal service about receipt " + receiptId
              + " if the ledger holds its id by then. ");
    }
  }
}
