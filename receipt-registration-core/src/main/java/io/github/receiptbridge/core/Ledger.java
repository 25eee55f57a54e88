package io.github.receiptbridge.core;

import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.onec.model.PayerContacts;
import io.github.receiptbridge.onec.model.PayerRef;
import io.github.receiptbridge.schetmash.model.ReceiptStatus;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The ledger side of the workflow: where payments come from and where each receipt's state is kept. {@link #onec}
 * adapts an {@link io.github.receiptbridge.onec.OnecClient}; tests can plug in their own. A failure of any method is a
 * {@link ServiceFailureException} (also while a stream is read): {@link FatalServiceException} when no following
 * request can succeed either (refused login, no rights, an entity set not published), and the run stops.
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
   * @throws SetupException when none or several match
   */
  Organization organization(String innNameOrKey);

  /** The period's bank receipts of an organization, streamed in date and number order. */
  Stream<BankReceipt> bankReceipts(UUID organization, Period period);

  /** How many documents {@link #bankReceipts} will stream; empty when the ledger cannot count them cheaply. */
  default OptionalLong countBankReceipts(UUID organization, Period period) {
    return OptionalLong.empty();
  }

  /** Contacts of each distinct payer that still exists. */
  Map<PayerRef, PayerContacts> payerContacts(Collection<PayerRef> payers);

  /** The saved receipt state of each document; documents without any are absent. */
  Map<UUID, SavedState> savedStates(Collection<UUID> documents);

  /**
   * Writes a new receipt's id, then the date, then its status: a status is never saved without its id and date, and
   * a write cut short leaves an id without a status, which the next pass completes by asking the service about it.
   *
   * @param status the status a registration answers, {@link ReceiptStatus#ACCEPT}; never {@link
   *     ReceiptStatus#UNKNOWN}, which has no wire string
   */
  void saveReceipt(UUID document, long receiptId, ReceiptStatus status, LocalDateTime at);

  /**
   * Writes the date of a check, then the receipt's status, so a {@code success} never stands without its date.
   *
   * @param status the reported status
   * @param rawStatus the status exactly as the service sent it, written as it is: for {@link ReceiptStatus#UNKNOWN},
   *     the only record of what the service said
   */
  void saveStatus(UUID document, ReceiptStatus status, String rawStatus, LocalDateTime at);

  /** A ledger over an {@link io.github.receiptbridge.onec.OnecClient}. */
  static Ledger onec(io.github.receiptbridge.onec.OnecClient client) {
    return new io.github.receiptbridge.core.internal.onec.OnecLedger(client);
  }
}
