package io.github.receiptbridge.core;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The ledger side of the workflow: where payments come from and where each receipt's state is kept, in the core's
 * own terms. {@code io.github.receiptbridge.core.onec.OnecLedger.of(onecClient)} adapts 1C:Бухгалтерия; an
 * application that keeps its payments elsewhere implements this interface over its own store.
 *
 * <p>A failure of any method is a {@link ServiceFailureException} (also while a stream is read): {@link
 * FatalServiceException} when no following request can succeed either (refused login, no rights, a table that is
 * missing), and the run stops; otherwise the document's outcome says what failed and the run goes on.
 *
 * <p><b>Threads.</b> Implementations must be thread-safe: a pass calls a ledger from several threads at once. {@link
 * #checkReady}, {@link #organization} and {@link #countPayments} are called on the thread that started the pass.
 * Each stream that {@link #payments} returns is read by one thread at a time, a read-ahead thread of the pass that
 * is not the one that asked for it, and is closed by the thread that started the pass; beside each chunk it reads,
 * that read-ahead thread calls {@link #savedStates} and {@link #payers}. Meanwhile up to {@link
 * Concurrency#onec()} threads write back receipts: {@link #saveReceipt}, {@link #saveStatus} and {@link
 * #savedStates} (a document's state is read again just before its receipt is written) run concurrently for different
 * documents, and concurrently with the read-ahead thread's reads. Two registrars on one ledger, or two processes on
 * one store, run their passes at the same time too. Within one pass, the writes of one document never overlap. A
 * re-issue reads the few documents an operator names ({@link #payments}, {@link #savedStates}, {@link #payers}) on
 * the thread that started it; an audit reads {@link #payment} on the thread that started it, once the period's
 * documents are read, while the fiscal service is still asked about them.
 *
 * <p><b>Interrupts.</b> A call whose thread is interrupted may end early by throwing a {@link
 * java.util.concurrent.CancellationException} (the clients' {@code CallCancelledException} is one), its thread's
 * interrupt flag left set: the workflow takes it for the cancellation of the pass. A write of work begun ({@link
 * #saveReceipt}, {@link #saveStatus}, with the {@link #savedStates} read before it) is run with the flag taken off,
 * and begun again if an interrupt still cuts it short, so each must be safe to repeat with the same values.
 *
 * @since 0.1.0
 */
public interface Ledger {
  /**
   * Checks that everything the workflow reads and writes exists.
   *
   * @throws SetupException listing what is missing and how to add it
   */
  void checkReady();

  /**
   * The organization named by INN, name or key.
   *
   * @param innNameOrKey an INN, a name or a key, as the ledger understands them
   * @return the one matching organization
   * @throws SetupException when none or several match
   */
  Organization organization(String innNameOrKey);

  /**
   * The period's payments received by an organization, streamed in date and number order.
   *
   * @param organization the organization's key
   * @param period the payment dates, both ends inclusive
   * @return a stream the caller closes, of every document of the period, those marked for deletion and unposted ones
   *     included
   */
  Stream<PaymentDocument> payments(UUID organization, DateRange period);

  /**
   * How many documents {@link #payments} will stream; empty when the ledger cannot count them cheaply.
   *
   * @param organization the organization's key
   * @param period the payment dates, both ends inclusive
   * @return the number of documents; empty by default
   */
  default OptionalLong countPayments(UUID organization, DateRange period) {
    return OptionalLong.empty();
  }

  /**
   * The payment document with {@code key}, whatever its date and organization, or empty when the ledger no longer
   * holds it (deleted for good, not only marked for deletion). The audit reads with it the documents of receipts the
   * {@link ReceiptJournal} holds for a period that the period's {@link #payments} no longer lists: deleted, or
   * re-dated out of the period.
   *
   * <p>By default throws {@link UnsupportedOperationException}, so a ledger written before this method compiles; the
   * audit then reports each such receipt as {@link Action#FAILED}, saying that the ledger cannot read a document by
   * its key.
   *
   * @param key the document's key
   * @return the document; empty when the ledger no longer holds it
   */
  default Optional<PaymentDocument> payment(UUID key) {
    throw new UnsupportedOperationException("This ledger (" + getClass().getName() + ") does not read a document by "
        + "its key (Ledger.payment)");
  }

  /**
   * Each distinct payer of {@code payers} that the ledger still knows, with its name, kind and contacts.
   *
   * @param payers the payer references, repeats allowed
   * @return the payers by reference; a payer the ledger no longer knows has no entry
   */
  Map<PayerRef, Payer> payers(Collection<PayerRef> payers);

  /**
   * The saved receipt state of each document; documents without any are absent.
   *
   * @param documents the documents' keys
   * @return the states by document key
   */
  Map<UUID, SavedState> savedStates(Collection<UUID> documents);

  /**
   * Writes a new receipt's id, then the date, then its status: a status is never saved without its id and date, and
   * a write cut short leaves an id without a status, which the next pass completes by asking the service about it.
   *
   * @param document the document's key
   * @param receiptId the receipt's id, as the fiscal service answered it
   * @param status the status a registration answers, {@link ReceiptStatus#ACCEPT}; never {@link
   *     ReceiptStatus#UNKNOWN}, which has no wire value
   * @param at the ledger's wall-clock time of the check
   */
  void saveReceipt(UUID document, long receiptId, ReceiptStatus status, LocalDateTime at);

  /**
   * Writes the date of a check, then the receipt's status, so a {@code success} never stands without its date.
   *
   * @param document the document's key
   * @param status the reported status
   * @param rawStatus the status exactly as the service sent it, written as it is: for {@link ReceiptStatus#UNKNOWN},
   *     the only record of what the service said
   * @param at the ledger's wall-clock time of the check
   */
  void saveStatus(UUID document, ReceiptStatus status, String rawStatus, LocalDateTime at);

  /**
   * The period's refunds to payers by an organization (in 1C «Списание с расчетного счета» with the operation kind
   * {@code ВозвратПокупателю}), in date and number order. Default: none, for a ledger that keeps no refunds; such a
   * ledger cannot {@link #saveRefundReceipt save a refund receipt} either.
   *
   * @param organization the organization's key
   * @param period the payment dates, both ends inclusive
   * @return a stream the caller closes; empty by default
   */
  default Stream<RefundDocument> refunds(UUID organization, DateRange period) {
    return Stream.empty();
  }

  /**
   * Checks that everything refund receipts read and write exists, beyond what {@link #checkReady} checks (in 1C the
   * entity set of the refund documents). Called by the refund operations before anything is sent, and by status passes,
   * which then leave refunds out instead of failing: a ledger set up for sales alone keeps registering sales. Default:
   * nothing to check, as for a ledger that keeps no refunds.
   *
   * @throws SetupException listing what is missing and how to add it
   */
  default void checkRefundsReady() {}

  /**
   * The saved receipt state of each refund document; documents without any are absent. Default: none.
   *
   * @param refunds the refund documents' keys
   * @return the states by refund document key; empty by default
   */
  default Map<UUID, SavedState> refundSavedStates(Collection<UUID> refunds) {
    return Map.of();
  }

  /**
   * As {@link #saveReceipt}, for the «возврат прихода» receipt of a refund document: writes its id, then the date,
   * then the status, on the refund document. Default: unsupported.
   *
   * @param refund the refund document's key
   * @param receiptId the «возврат прихода» receipt's id
   * @param status the status a registration answers, {@link ReceiptStatus#ACCEPT}
   * @param at the ledger's wall-clock time of the check
   * @throws UnsupportedOperationException when the ledger keeps no refunds
   */
  default void saveRefundReceipt(UUID refund, long receiptId, ReceiptStatus status, LocalDateTime at) {
    throw new UnsupportedOperationException("This ledger cannot save refund receipts");
  }

  /**
   * As {@link #saveStatus}, for the receipt of a refund document. Default: unsupported.
   *
   * @param refund the refund document's key
   * @param status the reported status
   * @param rawStatus the status exactly as the service sent it
   * @param at the ledger's wall-clock time of the check
   * @throws UnsupportedOperationException when the ledger keeps no refunds
   */
  default void saveRefundStatus(UUID refund, ReceiptStatus status, String rawStatus, LocalDateTime at) {
    throw new UnsupportedOperationException("This ledger cannot save refund receipts");
  }

  /**
   * The zone of the ledger's dates, when the ledger knows it: the run's zone unless {@link
   * ReceiptRegistrar.Builder#serverZone} sets another. Default: empty, and the JVM's zone is used.
   *
   * @return the ledger's zone; empty by default
   */
  default Optional<ZoneId> zone() {
    return Optional.empty();
  }
}
