package io.github.receiptbridge.core;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A journal that hands every call to another, for a test to break or count one of them. */
class ForwardingJournal implements ReceiptJournal {
  private final ReceiptJournal delegate;

  ForwardingJournal(ReceiptJournal delegate) {
    this.delegate = delegate;
  }

  @Override
  public String location() {
    return delegate.location();
  }

  @Override
  public void checkWritable() {
    delegate.checkWritable();
  }

  @Override
  public void sending(JournalEntry entry) {
    delegate.sending(entry);
  }

  @Override
  public void sent(long shopId, String externalId, long receiptId, String status, Instant at) {
    delegate.sent(shopId, externalId, receiptId, status, at);
  }

  @Override
  public void status(long shopId, long receiptId, String status, Instant at) {
    delegate.status(shopId, receiptId, status, at);
  }

  @Override
  public void fiscalized(long shopId, long receiptId, LocalDateTime fiscalizedAt, FiscalNumbers numbers) {
    delegate.fiscalized(shopId, receiptId, fiscalizedAt, numbers);
  }

  @Override
  public void details(long shopId, long receiptId, Optional<String> errorMessage, Optional<String> checkLink) {
    delegate.details(shopId, receiptId, errorMessage, checkLink);
  }

  @Override
  public void notDuplicate(UUID organization, UUID document, String number, Instant at) {
    delegate.notDuplicate(organization, document, number, at);
  }

  @Override
  public void receiptIdConflict(UUID organization, UUID document, String number, long savedId, long sentId,
      Instant at) {
    delegate.receiptIdConflict(organization, document, number, savedId, sentId, at);
  }

  @Override
  public List<JournalEntry> byPaymentKey(UUID organization, String paymentKey) {
    return delegate.byPaymentKey(organization, paymentKey);
  }

  @Override
  public List<JournalEntry> byDocument(UUID document) {
    return delegate.byDocument(document);
  }

  @Override
  public List<JournalEntry> byPaymentDate(UUID organization, DateRange period) {
    return delegate.byPaymentDate(organization, period);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
