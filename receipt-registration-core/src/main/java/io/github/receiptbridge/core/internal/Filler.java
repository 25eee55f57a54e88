package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.Period;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.PayerContacts;
import io.github.receiptbridge.onec.model.PayerRef;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the rows of a period: documents are read in pages, and for each chunk of them the saved states and the
 * payers' contacts are read in bulk, so memory holds one chunk, never the period.
 */
public final class Filler {
  private final Ledger ledger;
  private final Classifier classifier;
  private final int chunkSize;

  /** A filler reading {@code chunkSize} documents at a time. */
  public Filler(Ledger ledger, Classifier classifier, int chunkSize) {
    this.ledger = ledger;
    this.classifier = classifier;
    this.chunkSize = chunkSize;
  }

  /** The rows of an organization's period, in date and number order. Close the stream when not reading it all. */
  public Stream<FillRow> rows(UUID organization, Period period, LocalDate today) {
    Stream<BankReceipt> documents = ledger.bankReceipts(organization, period);
    Iterator<BankReceipt> source = documents.iterator();
    Spliterator<FillRow> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      private final ArrayDeque<FillRow> ready = new ArrayDeque<>();

      @Override
      public boolean tryAdvance(Consumer<? super FillRow> action) {
        if (ready.isEmpty()) {
          List<BankReceipt> chunk = new ArrayList<>(chunkSize);
          while (chunk.size() < chunkSize && source.hasNext()) {
            chunk.add(source.next());
          }
          ready.addAll(classify(chunk, today));
        }
        FillRow next = ready.poll();
        if (next == null) {
          return false;
        }
        action.accept(next);
        return true;
      }
    };
    return StreamSupport.stream(rows, false).onClose(documents::close);
  }

  private List<FillRow> classify(List<BankReceipt> chunk, LocalDate today) {
    if (chunk.isEmpty()) {
      return List.of();
    }
    Map<UUID, SavedState> states = ledger.savedStates(chunk.stream().map(BankReceipt::key).toList());
    List<PayerRef> payers = chunk.stream()
        .filter(document -> !states.getOrDefault(document.key(), SavedState.empty()).isSent())
        .flatMap(document -> document.payer().stream())
        .distinct()
        .toList();
    Map<PayerRef, PayerContacts> contacts = payers.isEmpty() ? Map.of() : ledger.payerContacts(payers);
    List<FillRow> rows = new ArrayList<>(chunk.size());
    for (BankReceipt document : chunk) {
      Optional<PayerContacts> payer = document.payer().map(contacts::get);
      rows.add(classifier.classify(document, payer, states.getOrDefault(document.key(), SavedState.empty()), today));
    }
    return rows;
  }
}
