package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalReport;
import io.github.receiptbridge.core.FiscalService;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.Payer;
import io.github.receiptbridge.core.PayerKind;
import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptDraft;
import io.github.receiptbridge.core.ReceiptNotFoundException;
import io.github.receiptbridge.core.ReceiptRejectedException;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.SavedState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Corrections of receipts that no longer match their documents (their total is not the document's amount, or they
 * went to another payer): a «возврат прихода» ({@code sell_refund}) of the old receipt, for its total and to its
 * buyer, under {@code 1c-<Ref_Key>-c<old id>-refund}, then a new {@code sell} for the document as it is now, under
 * {@code 1c-<Ref_Key>-c<old id>}, journaled as replacing the old receipt; then the new id on the document.
 *
 * <p>A «чек коррекции» ({@code sell_correction}) is not used: Счетмаш rejects self-initiated corrections (type 0)
 * and, in the service's code, never fiscalizes corrections ({@code schetmash-api.md} §9).
 *
 * <p>The locks: both external ids derive from the document and the old receipt's id, so a repeat after a crash gets
 * the same two receipts; the mismatch is checked fresh (Счетмаш's total, the journal's payer) before anything is
 * sent; and the ledger is never written over a receipt id other than the old or the new one.
 */
public final class Corrections {
  private final Ledger ledger;
  private final FiscalService fiscal;
  private final ReceiptFactory receipts;
  private final Classifier classifier;
  private final JournalTrail trail;
  private final Clock clock;
  private final Supplier<LocalDateTime> now;
  private final Sender sender;

  /**
   * Corrections over the two services.
   *
   * @param classifier for the contact of the old receipt's buyer, as a sale's
   * @param now the ledger's wall-clock time, for the check date
   */
  public Corrections(Ledger ledger, FiscalService fiscal, ReceiptFactory receipts, Classifier classifier,
      JournalTrail trail, Clock clock, Supplier<LocalDateTime> now) {
    this.ledger = ledger;
    this.fiscal = fiscal;
    this.receipts = receipts;
    this.classifier = classifier;
    this.trail = trail;
    this.clock = clock;
    this.now = now;
    this.sender = new Sender(fiscal, ledger, receipts, Optional.empty(), now, trail);
  }

  /** Corrects each candidate's receipt, or records why not; one after the other. */
  public RunReport correct(List<Filler.Candidate> candidates, ProgressListener listener) {
    RunLedger book = new RunLedger(Phase.CORRECT, clock, listener);
    Interrupts interrupts = new Interrupts(book);
    listener.started(Phase.CORRECT, OptionalLong.of(candidates.size()));
    for (int index = 0; index < candidates.size() && !interrupts.interrupted() && book.mayStart(); index++) {
      Filler.Candidate candidate = candidates.get(index);
      try {
        correctOne(index, candidate, book);
      } catch (RuntimeException failure) {
        interrupts.documentFailed(failure, index, candidate.row());
      }
    }
    interrupts.interrupted(); // a call of this thread cut short by an interrupt left the flag set
    return book.finish(interrupts);
  }

  private void correctOne(long index, Filler.Candidate candidate, RunLedger book) {
    FillRow row = candidate.row();
    SavedState state = row.savedState();
    String status = state.rawStatus().orElse("");
    if (state.receiptId().isEmpty()) {
      refuse(index, row, notCorrected("", status, "NO_RECEIPT"), book);
      return;
    }
    long oldId = state.receiptId().getAsLong();
    if (row.deletionMark() || !row.posted()) {
      refuse(index, row, Reason.of(ReasonCode.CORRECTION_NEEDS_REFUND, String.valueOf(oldId),
          (row.deletionMark() ? ReasonCode.MARKED_FOR_DELETION : ReasonCode.NOT_POSTED).code()), book);
      return;
    }
    if (!state.isSuccess()) {
      refuse(index, row, notCorrected(String.valueOf(oldId), status, "NOT_SUCCESS"), book);
      return;
    }
    FiscalReport report;
    try {
      report = fiscal.report(oldId);
    } catch (ReceiptNotFoundException unknown) {
      refuse(index, row, Reason.of(ReasonCode.RECEIPT_ID_UNKNOWN, String.valueOf(oldId)), book);
      return;
    }
    trail.details(oldId, report);
    String fresh = report.rawStatus();
    if (report.status() != ReceiptStatus.SUCCESS || report.total().isEmpty()) {
      refuse(index, row, notCorrected(String.valueOf(oldId), fresh, "NOT_SUCCESS"), book);
      return;
    }
    BigDecimal total = report.total().get();
    Optional<JournalEntry> sent = trail.receiptOf(row, oldId);
    Optional<Reason> basis = sent.flatMap(entry -> Mismatches.basisChanged(row, oldId, entry));
    if (basis.filter(reason -> reason.code() == ReasonCode.OPERATION_KIND_CHANGED).isPresent()) {
      refuse(index, row, notCorrected(String.valueOf(oldId), fresh, ReasonCode.OPERATION_KIND_CHANGED.code()), book);
      return;
    }
    boolean payerChanged = basis.isPresent();
    if (total.compareTo(row.amount()) == 0 && !payerChanged) {
      refuse(index, row, notCorrected(String.valueOf(oldId), fresh, "NO_MISMATCH"), book);
      return;
    }
    if (candidate.ineligibility().isPresent()) {
      Reason why = candidate.ineligibility().get();
      List<String> arguments = new ArrayList<>(List.of(String.valueOf(oldId), fresh, why.code().code()));
      arguments.addAll(why.arguments());
      refuse(index, row, Reason.of(ReasonCode.NOT_CORRECTED, arguments), book);
      return;
    }
    FillRow oldRow = payerChanged ? oldBuyer(row, sent.orElseThrow()) : row;
    String refundId = ExternalIds.correctionRefund(row.documentKey(), oldId);
    String newId = ExternalIds.correction(row.documentKey(), oldId);
    oldRow = oldRow.withAmount(total).withExternalId(refundId);
    if (oldRow.buyerContact().isEmpty()) {
      refuse(index, row, notCorrected(String.valueOf(oldId), fresh, ReasonCode.NO_CONTACT.code(),
          "PAYER_NOT_FOUND", "0", "0", ""), book);
      return;
    }
    FillRow newRow = row.withExternalId(newId);
    ReceiptDraft refund = receipts.sell(oldRow, refundId);
    ReceiptDraft sale = receipts.sell(newRow, newId);
    try {
      fiscal.validate(refund);
      fiscal.validate(sale);
    } catch (ReceiptRejectedException rejected) {
      refuse(index, row, Reason.of(ReasonCode.RECEIPT_INVALID, rejected.reason()), book);
      return;
    }
    OptionalLong refunded = sender.registerCorrectionRefund(index, oldRow, refund, book);
    if (refunded.isEmpty()) {
      return;
    }
    OptionalLong issued = sender.register(index, newRow, sale, OptionalLong.of(oldId), book);
    if (issued.isEmpty()) {
      return;
    }
    writeBack(index, newRow, oldId, issued.getAsLong(), Reason.of(ReasonCode.CORRECTED, String.valueOf(oldId),
        String.valueOf(refunded.getAsLong()), money(total), money(row.amount())), book);
  }

  /**
   * {@code row} as its old receipt's buyer: the payer the journal recorded when the receipt was sent, its name, INN,
   * kind and contact read from the ledger now (in the catalog of the document's payer), as the refund code picks a
   * sale's contact; the policy's fallback e-mail when the ledger no longer knows that payer.
   */
  private FillRow oldBuyer(FillRow row, JournalEntry sent) {
    if (sent.payerKey().isEmpty()) {
      return row.withPayerKey(Optional.empty()).withPayerName(sent.payerName()).withPayerInn(Optional.empty())
          .withPayerKind(Optional.empty()).withBuyerContact(classifier.contact(Optional.empty()));
    }
    UUID key = sent.payerKey().get();
    String type = "";
    try {
      type = ledger.payment(row.documentKey()).flatMap(PaymentDocument::payer).map(PayerRef::ledgerType).orElse("");
    } catch (UnsupportedOperationException notReadable) {
      // a ledger of one kind of payer: the type stays empty
    }
    PayerRef ref = PayerRef.builder().key(key).ledgerType(type).build();
    Map<PayerRef, Payer> found = ledger.payers(List.of(ref));
    Optional<Payer> payer = Optional.ofNullable(found.get(ref))
        .or(() -> found.values().stream().filter(candidate -> candidate.ref().key().equals(key)).findFirst());
    return row.withPayerKey(key)
        .withPayerName(payer.map(Payer::name).or(sent::payerName))
        .withPayerInn(payer.flatMap(Payer::inn).flatMap(Inns::normalize))
        .withPayerKind(payer.map(Payer::kind).filter(kind -> kind != PayerKind.UNKNOWN))
        .withBuyerContact(classifier.contact(payer));
  }

  /** As a sale's write-back, where the ledger may hold the old receipt's id: never over a third id. */
  private void writeBack(long index, FillRow row, long oldId, long receiptId, Reason corrected, RunLedger book) {
    try {
      OptionalLong saved = Interrupts.shielded(book, () -> Optional.ofNullable(ledger.savedStates(
          List.of(row.documentKey())).get(row.documentKey())).map(SavedState::receiptId)
          .orElse(OptionalLong.empty()));
      if (saved.isPresent() && saved.getAsLong() != receiptId && saved.getAsLong() != oldId) {
        trail.receiptIdConflict(row, saved.getAsLong(), receiptId);
        book.record(index, Outcomes.of(row, Action.MISMATCH).receiptId(receiptId)
            .rawStatus(ReceiptStatus.ACCEPT.wireValue())
            .reason(Reason.of(ReasonCode.RECEIPT_ID_CONFLICT, String.valueOf(receiptId), String.valueOf(saved.getAsLong())))
            .build());
        return;
      }
      Interrupts.shielded(book, () -> ledger.saveReceipt(row.documentKey(), receiptId, ReceiptStatus.ACCEPT,
          now.get()));
      book.record(index, Outcomes.of(row, Action.SENT).receiptId(receiptId)
          .rawStatus(ReceiptStatus.ACCEPT.wireValue()).reason(corrected).build());
    } catch (RuntimeException failure) {
      book.fail(index, row.withSavedState(row.savedState().withReceiptId(receiptId)), failure, "Corrected: receipt " + oldId + " refunded and receipt " + receiptId + " sent, "
          + "but writing it to the ledger failed; correcting the document again sends the same two external_ids, "
          + "which return the same two receipts, and completes the write. ");
    }
  }

  private static void refuse(long index, FillRow row, Reason reason, RunLedger book) {
    book.record(index, Outcomes.of(row, Action.SKIPPED).reason(reason).build());
  }

  private static Reason notCorrected(String receiptId, String status, String why, String... more) {
    List<String> arguments = new ArrayList<>(List.of(receiptId, status, why));
    arguments.addAll(List.of(more));
    return Reason.of(ReasonCode.NOT_CORRECTED, arguments);
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
        .toPlainString();
  }
}
