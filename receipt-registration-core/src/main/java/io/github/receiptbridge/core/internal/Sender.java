package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalService;
import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.OutcomeUnknownException;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptDraft;
import io.github.receiptbridge.core.ReceiptRejectedException;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RegistrationResult;
import io.github.receiptbridge.core.SavedState;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends one document's receipt in the order of effects that cannot double it (docs/architecture.md §4): validate,
 * register with the document's fixed external_id, settle an unknown outcome by sending the same receipt to the same
 * shop again (never by the global lookup by external_id), then write id, status and date to the ledger.
 */
final class Sender {
  private final FiscalService fiscal;
  private final Ledger ledger;
  private final ReceiptFactory receipts;
  private final Optional<RateLimiter> rateLimiter;
  private final Supplier<LocalDateTime> now;
  private final JournalTrail trail;

  /**
   * A sender over the two services.
   *
   * @param now the ledger's wall-clock time, for the check date
   * @param trail the receipt journal, written before each registration and with its answer
   */
  Sender(FiscalService fiscal, Ledger ledger, ReceiptFactory receipts, Optional<RateLimiter> rateLimiter,
      Supplier<LocalDateTime> now, JournalTrail trail) {
    this.fiscal = fiscal;
    this.ledger = ledger;
    this.receipts = receipts;
    this.rateLimiter = rateLimiter;
    this.now = now;
    this.trail = trail;
  }

  /** Sends {@code row}'s receipt and, once it has an id, writes it back on the ledger pool. */
  void send(long index, FillRow row, Pools pools) {
    ReceiptDraft request = receipts.sell(row, row.externalId());
    try {
      fiscal.validate(request);
    } catch (ReceiptRejectedException rejected) {
      pools.book.record(index, Outcomes.of(row, Action.SKIPPED)
          .reason(Reason.of(ReasonCode.RECEIPT_INVALID, rejected.reason())).build());
      return;
    }
    OptionalLong receiptId = register(index, row, request, OptionalLong.empty(), pools.book);
    receiptId.ifPresent(id -> pools.onOnec(() -> writeBack(index, row, id, pools.book)));
  }

  /**
   * The receipt id of a registration, recorded in the journal before it is sent and with its answer, settling an
   * unknown outcome in our own shop; empty when recorded otherwise. A journal that cannot record it stops the run,
   * before the send or after the answer.
   *
   * @param replaces for a re-issue, the rejected receipt it replaces
   */
  OptionalLong register(long index, FillRow row, ReceiptDraft request, OptionalLong replaces, RunLedger book) {
    try {
      trail.sending(row, request.externalId(), replaces);
    } catch (RuntimeException journalFailure) {
      book.fail(index, row, journalFailure, "Not sent, since the journal cannot record it: ");
      return OptionalLong.empty();
    }
    return sendRecorded(index, row, request, fiscal::registerSell, book);
  }

  /**
   * As {@link #register}, for the «возврат прихода» receipt of a refund document ({@code refundRow}) of {@code
   * payment}: recorded in the journal against the payment, then {@code stillAllowed} is asked, with the record in
   * place, whether the refund may still go (another refund of the payment may have been recorded meanwhile); only
   * then is it sent as {@code sell_refund}.
   *
   * @param stillAllowed the reason the refund may not go after all, or empty
   */
  OptionalLong registerRefund(long index, FillRow refundRow, ReceiptDraft request, UUID payment,
      Supplier<Optional<Reason>> stillAllowed, RunLedger book) {
    Optional<Reason> refusal;
    try {
      trail.sendingRefund(refundRow, request.externalId(), payment);
      refusal = stillAllowed.get();
    } catch (RuntimeException journalFailure) {
      book.fail(index, refundRow, journalFailure, "Not sent, since the journal cannot record it: ");
      return OptionalLong.empty();
    }
    if (refusal.isPresent()) {
      book.record(index, Outcomes.of(refundRow, Action.SKIPPED).reason(refusal).build());
      return OptionalLong.empty();
    }
    return sendRecorded(index, refundRow, request, fiscal::registerSellRefund, book);
  }

  /**
   * As {@link #register}, for the «возврат прихода» of a correction's old receipt: {@code oldRow} carries its total
   * and buyer; recorded in the journal, then sent as {@code sell_refund}.
   */
  OptionalLong registerCorrectionRefund(long index, FillRow oldRow, ReceiptDraft request, RunLedger book) {
    try {
      trail.sendingCorrectionRefund(oldRow, request.externalId());
    } catch (RuntimeException journalFailure) {
      book.fail(index, oldRow, journalFailure, "Not sent, since the journal cannot record it: ");
      return OptionalLong.empty();
    }
    return sendRecorded(index, oldRow, request, fiscal::registerSellRefund, book);
  }

  private OptionalLong sendRecorded(long index, FillRow row, ReceiptDraft request,
      Function<ReceiptDraft, RegistrationResult> operation, RunLedger book) {
    OptionalLong receiptId = registerInOurShop(index, row, request, operation, book);
    if (receiptId.isPresent()) {
      try {
        trail.sent(request.externalId(), receiptId.getAsLong(), ReceiptStatus.ACCEPT.wireValue());
      } catch (RuntimeException journalFailure) {
        book.fail(index, row.withSavedState(row.savedState().withReceiptId(receiptId.getAsLong())), journalFailure,
            "Registered as receipt " + receiptId.getAsLong() + ", but the journal cannot record it, so nothing is written "
                + "to the ledger; the next run sends the same external_id again, which returns receipt "
                + receiptId.getAsLong() + ". ");
        return OptionalLong.empty();
      }
    }
    return receiptId;
  }

  private OptionalLong registerInOurShop(long index, FillRow row, ReceiptDraft request,
      Function<ReceiptDraft, RegistrationResult> operation, RunLedger book) {
    rateLimiter.ifPresent(RateLimiter::acquire);
    try {
      return OptionalLong.of(operation.apply(request).receiptId());
    } catch (OutcomeUnknownException unknown) {
      if (Thread.currentThread().isInterrupted()) { // sending it again now would be cut short at once
        return cancelled(index, row, request, unknown, book);
      }
      return settle(index, row, request, operation, unknown, book);
    } catch (RuntimeException failure) {
      if (Interrupts.isCancellation(failure)) {
        return cancelled(index, row, request, failure, book);
      }
      book.fail(index, row, failure, "");
      return OptionalLong.empty();
    }
  }

  /**
   * Records a registration cut short by an interrupt as {@link Action#UNKNOWN}, never as failed: the service may hold
   * the receipt. Its journal record ("sending") stays, and the next run sends the same external_id again, which can
   * only return the first receipt. The run is cancelled.
   */
  private static OptionalLong cancelled(long index, FillRow row, ReceiptDraft request, RuntimeException cut,
      RunLedger book) {
    book.cancel(cut);
    book.record(index, Outcomes.of(row, Action.UNKNOWN).error("The registration was cancelled by an interrupt before "
        + "its answer came, so whether the fiscal service holds a receipt for " + request.externalId() + " is "
        + "unknown: the journal keeps it as being sent, and the next run sends it again with the same external_id, "
        + "which can only return the first receipt. " + Outcomes.describe(cut)).build());
    return OptionalLong.empty();
  }

  /**
   * Settles a registration whose outcome is unknown by sending the same body to the same shop once more: the service
   * answers a stored (shop, external_id) with the stored receipt's id and stores nothing new ({@code schetmash-api.md}
   * §8). Never by the lookup by external_id, which searches every shop of the service (§10.1) and would adopt, say, a
   * receipt a test copy of the infobase left in a test shop. Still unknown: {@link Action#UNKNOWN}, for the next run.
   */
  private OptionalLong settle(long index, FillRow row, ReceiptDraft request,
      Function<ReceiptDraft, RegistrationResult> operation, RuntimeException unknown, RunLedger book) {
    rateLimiter.ifPresent(RateLimiter::acquire);
    try {
      return OptionalLong.of(operation.apply(request).receiptId());
    } catch (RuntimeException stillUnknown) {
      if (Interrupts.isCancellation(stillUnknown)) {
        return cancelled(index, row, request, stillUnknown, book);
      }
      book.abortIfFatal(stillUnknown);
      book.record(index, Outcomes.of(row, Action.UNKNOWN).error("The fiscal service gave no answer, and sending "
          + "the same receipt again failed too (" + Outcomes.describe(stillUnknown) + "), so whether it holds a "
          + "receipt for " + request.externalId() + " is unknown: the next run sends it again with the same "
          + "external_id, which can only return the first receipt. " + Outcomes.describe(unknown))
          .failureKind(unknownKind(stillUnknown)).build());
      return OptionalLong.empty();
    }
  }

  /**
   * Why a registration whose outcome stayed unknown could not be settled: what the second attempt ran into, and the
   * fiscal service unreachable when that says nothing more.
   */
  private static FailureKind unknownKind(RuntimeException stillUnknown) {
    FailureKind kind = FailureKinds.of(stillUnknown);
    return kind == FailureKind.OTHER ? FailureKind.FISCAL_SERVICE_UNREACHABLE : kind;
  }

  /**
   * Writes a new receipt to the ledger, unless it meanwhile holds another receipt id for the document (typed by an
   * operator, written by a second program): that one is never overwritten, and the document is a {@link
   * Action#MISMATCH}. The reads and writes are {@link Interrupts#shielded shielded}: an interrupt never leaves them
   * half done.
   */
  private void writeBack(long index, FillRow row, long receiptId, RunLedger book) {
    try {
      OptionalLong saved = Interrupts.shielded(book, () -> Optional.ofNullable(ledger.savedStates(
          List.of(row.documentKey())).get(row.documentKey())).map(SavedState::receiptId).orElse(OptionalLong.empty()));
      if (saved.isPresent() && saved.getAsLong() != receiptId) {
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
          .rawStatus(ReceiptStatus.ACCEPT.wireValue()).build());
    } catch (RuntimeException failure) {
      book.fail(index, row.withSavedState(row.savedState().withReceiptId(receiptId)), failure,
          "Registered as receipt " + receiptId + ", but writing it to the ledger failed; the next run completes the "
              + "write: it sends the same external_id again, which returns receipt " + receiptId + ", or asks the "
              + "fiscal service about receipt " + receiptId + " if the ledger holds its id by then. ");
    }
  }
}
