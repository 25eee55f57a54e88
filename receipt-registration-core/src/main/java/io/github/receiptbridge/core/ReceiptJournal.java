package io.github.receiptbridge.core;

import io.github.receiptbridge.core.internal.journal.NoJournal;
import io.github.receiptbridge.core.internal.journal.SqliteJournal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The evidence trail of every receipt sent: written before and after each registration, it never replaces 1C as the
 * place of record, but it remembers what 1C may forget (a document deleted from the infobase, a receipt id
 * overwritten by hand) and what the duplicate check reads. {@link #sqlite(Path)} is the embedded default, one SQLite
 * file that several processes may share; an application may keep it in its own database by implementing this port.
 *
 * <p>Every method throws {@link JournalException} when the journal cannot be read or written.
 *
 * <p><b>Threads.</b> Implementations must be thread-safe: a pass calls the journal from several threads at once, the
 * thread that started it ({@link #byPaymentKey}, {@link #notDuplicate}, {@link #byDocument}, {@link
 * #byPaymentDate} once an audit has read the period's documents), the {@link
 * Concurrency#schetmash()} threads that register receipts ({@link #sending}, {@link #sent}, {@link #byDocument}) and
 * the {@link Concurrency#onec()} threads that write back ({@link #status}, {@link #fiscalized}, {@link
 * #receiptIdConflict}, {@link #details}). The same
 * journal may be shared by several registrars, and {@link #sqlite(Path)}'s file by several processes.
 *
 * @since 0.1.0
 */
public interface ReceiptJournal extends AutoCloseable {
  /**
   * Where the journal is kept, for a person: a file's path, or a description.
   *
   * @return a text for messages, such as the journal file's absolute path
   */
  String location();

  /**
   * Proves that the journal can be read and written, before anything is sent.
   *
   * @throws JournalException saying what is wrong with which file
   */
  void checkWritable();

  /**
   * Records that a registration is about to be sent; a repeat of the same external_id and shop is no error.
   *
   * @param entry the receipt about to be registered, without a receipt id yet
   */
  void sending(JournalEntry entry);

  /**
   * Records the receipt id and status Счетмаш answered for an external_id of a shop.
   *
   * @param shopId the Счетмаш shop
   * @param externalId the {@code external_id} the receipt was registered with
   * @param receiptId the receipt id Счетмаш answered
   * @param status the status text as Счетмаш answered it, such as {@code accept}
   * @param at when the answer came
   */
  void sent(long shopId, String externalId, long receiptId, String status, Instant at);

  /**
   * Records the latest status of a receipt of a shop.
   *
   * @param shopId the Счетмаш shop
   * @param receiptId the receipt's id
   * @param status the status text as Счетмаш named it, such as {@code success}
   * @param at when the status was learnt
   */
  void status(long shopId, long receiptId, String status, Instant at);

  /**
   * Records when a receipt of a shop was fiscalized and its fiscal numbers, once the workflow learns it is {@code
   * success}; a repeat overwrites them with the same values. What {@link ReceiptRegistrar#lateReceipts} reads. By
   * default records nothing, so a journal of an application that does not implement it lists no late receipts.
   *
   * @param shopId the Счетмаш shop
   * @param receiptId the receipt's id
   * @param fiscalizedAt the cash register's date and time (tag 1012), without a zone
   * @param numbers the receipt's fiscal numbers
   */
  default void fiscalized(long shopId, long receiptId, LocalDateTime fiscalizedAt, FiscalNumbers numbers) {
  }

  /**
   * Records what the service's latest report of a receipt of a shop says beyond its status: its error text while it
   * is in {@code error} and its check link ({@code qr}) once fiscalized, each cleared when the report has none. What
   * {@link FillRow#receiptDetails()} reads. By default records nothing, so the rows of an application's own journal
   * that does not implement it carry no error text or check link.
   *
   * @param shopId the Счетмаш shop
   * @param receiptId the receipt's id
   * @param errorMessage the service's error text; empty to clear it
   * @param checkLink the check link ({@code qr}); empty to clear it
   */
  default void details(long shopId, long receiptId, Optional<String> errorMessage, Optional<String> checkLink) {
  }

  /**
   * Records an operator's decision that a document is a payment of its own, not a duplicate.
   *
   * @param organization the organization's {@code Ref_Key}
   * @param document the document's {@code Ref_Key}
   * @param number the document's number, for people reading the journal
   * @param at when the operator decided
   */
  void notDuplicate(UUID organization, UUID document, String number, Instant at);

  /**
   * Records that a receipt was registered for a document while 1C came to hold another receipt id for it, which was
   * left as it is: the evidence for the person who decides which receipt to refund.
   *
   * @param organization the organization's {@code Ref_Key}
   * @param document the document's {@code Ref_Key}
   * @param number the document's number, for people reading the journal
   * @param savedId the receipt id 1C holds
   * @param sentId the id of the receipt that was registered
   * @param at when the conflict was found
   */
  void receiptIdConflict(UUID organization, UUID document, String number, long savedId, long sentId, Instant at);

  /**
   * The receipts of an organization's payment with {@code paymentKey}, by whatever document, oldest first.
   *
   * @param organization the organization's {@code Ref_Key}
   * @param paymentKey the payment's key, as in {@link JournalEntry#paymentKey()}
   * @return the entries, oldest first; empty when the payment has none
   */
  List<JournalEntry> byPaymentKey(UUID organization, String paymentKey);

  /**
   * The receipts of a document, oldest first.
   *
   * @param document the document's {@code Ref_Key}
   * @return the entries, oldest first; empty when the document has none
   */
  List<JournalEntry> byDocument(UUID document);

  /**
   * The receipts of an organization's documents dated within {@code period} (by the document date recorded when each
   * was sent, so a document edited or deleted in 1C afterwards is still found), oldest first: what the late-receipt
   * register and the audit's look for gone and re-dated documents read. By default none.
   *
   * @param organization the organization's {@code Ref_Key}
   * @param period the document dates, both ends inclusive
   * @return the entries, oldest first; empty when there are none, and always empty by default
   */
  default List<JournalEntry> byPaymentDate(UUID organization, DateRange period) {
    return List.of();
  }

  /** Releases the journal's resources. */
  @Override
  void close();

  /**
   * No journal: records nothing and finds nothing.
   *
   * @return the shared journal that keeps nothing
   */
  static ReceiptJournal none() {
    return NoJournal.INSTANCE;
  }

  /**
   * The embedded journal in the SQLite file {@code file}, created with its folders when missing. Opening it creates or
   * upgrades its versioned schema; a file of a newer schema is refused.
   *
   * @param file the journal's file; it may be shared by several processes
   * @return the opened journal, which the caller closes
   * @throws JournalException when the file cannot be opened or created
   */
  static ReceiptJournal sqlite(Path file) {
    return SqliteJournal.open(file);
  }
}
