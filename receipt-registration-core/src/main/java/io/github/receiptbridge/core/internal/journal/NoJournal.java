package io.github.receiptbridge.core.internal.journal;

import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptJournal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** {@link ReceiptJournal#none()}: records nothing, finds nothing. */
public enum NoJournal implements ReceiptJournal {
  /** The one instance. */
  INSTANCE;

  @Override
  public String location() {
    return "no journal";
  }

  @Override
  public void checkWritable() {
  }

  @Override
  public void sending(JournalEntry entry) {
  }

  @Override
  public void sent(long shopId, String externalId, long receiptId, String status, Instant at) {
  }

  @Override
  public void status(long shopId, long receiptId, String status, Instant at) {
  }

  @Override
  public void fiscalized(long shopId, long receiptId, LocalDateTime fiscalizedAt, FiscalNumbers numbers) {
  }

  @Override
  public void notDuplicate(UUID organization, UUID document, String number, Instant at) {
  }

  @Override
  public void receiptIdConflict(UUID organization, UUID document, String number, long savedId, long sentId,
      Instant at) {
  }

  @Override
  public List<JournalEntry> byPaymentKey(UUID organization, String paymentKey) {
    return List.of();
  }

  @Override
  public List<JournalEntry> byDocument(UUID document) {
    return List.of();
  }

  @Override
  public List<JournalEntry> byPaymentDate(UUID organization, DateRange period) {
    return List.of();
  }

  @Override
  public void close() {
  }
}
