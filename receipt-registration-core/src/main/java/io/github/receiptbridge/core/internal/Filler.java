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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of a period: documents are read in pages, and for each chunk of them the saved states and the
 * payers' contacts are read in bulk, so memory holds two chunks, never the period.
 */
public final class Filler {
  private static final int FIRST_CHUNK = 25;

  private final Ledger ledger;
  private final Classifier classifier;
  private final int chunkSize;
  private final JournalTrail trail;

  /**
   * A filler reading {@code chunkSize} documents at a time.
   *
   * @param trail the receipt journal, where a copy of a payment whose document is gone from 1C is recognised
   */
  public Filler(Ledger ledger, Classifier classifier, int chunkSize, JournalTrail trail) {
    this.ledger = ledger;
    this.classifier = classifier;
    this.chunkSize = chunkSize;
    this.trail = trail;
  }

  /**
   * The rows of an organization's period, in date and number order. While the caller works on one chunk, the next is
   * read on a background thread, so the 1C reads overlap the work instead of stalling it; at most two chunks are in
   * memory. Close the stream when not reading it to the end.
   */
  public Stream<FillRow> rows(UUID organization, Period period, LocalDate today) {
    return rows(organization, period, today, false, List.of());
  }

  /**
   * The rows as {@link #rows(UUID, Period, LocalDate)} gives them; with {@code everyPayer} the payer's name and contact
   * are read for the documents already sent too, as a person reading the table expects (a pass does not need them, and
   * saves the reads). A possible duplicate of an earlier document is skipped ({@link PossibleDuplicates}) unless
   * {@code notDuplicates} names it.
   *
   * @param notDuplicates numbers or {@code Ref_Key}s of documents an operator confirmed as separate payments
   */
  public Stream<FillRow> rows(UUID organization, Period period, LocalDate today, boolean everyPayer,
      List<String> notDuplicates) {
    PossibleDuplicates duplicates = new PossibleDuplicates(notDuplicates, trail);
    Stream<BankReceipt> documents = ledger.bankReceipts(organization, period);
    Iterator<BankReceipt> source = documents.iterator();
    ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "fill-read-ahead");
      thread.setDaemon(true);
      return thread;
    });
    int[] size = {Math.min(chunkSize, FIRST_CHUNK)};
    Callable<List<FillRow>> nextChunk = () -> {
      List<BankReceipt> chunk = new ArrayList<>(size[0]);
      while (chunk.size() < size[0] && source.hasNext()) {
        chunk.add(source.next());
      }
      size[0] = Math.min(chunkSize, size[0] * 2); // a small first chunk starts the work early, then bulk reads pay
      return classify(chunk, today, everyPayer);
    };
    Spliterator<FillRow> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      private final ArrayDeque<FillRow> ready = new ArrayDeque<>();
      private @Nullable Future<List<FillRow>> ahead = reader.submit(nextChunk);

      @Override
      public boolean tryAdvance(Consumer<? super FillRow> action) {
        if (ready.isEmpty() && ahead != null) {
          List<FillRow> chunk = await(ahead);
          ahead = chunk.isEmpty() ? null : reader.submit(nextChunk);
          ready.addAll(chunk);
        }
        FillRow next = ready.poll();
        if (next == null) {
          return false;
        }
        action.accept(next);
        return true;
      }
    };
    return StreamSupport.stream(rows, false).map(duplicates::check).onClose(() -> {
      reader.shutdownNow();
      documents.close();
    });
  }

  /**
   * A document named for {@code reissue}: its row (classified with its saved state, the buyer contact read whatever
   * that state) and why it would get no receipt if 1C held nothing for it.
   *
   * @param row the document's row
   * @param ineligibility why the policy leaves it out today, or empty when it is eligible
   */
  public record Candidate(FillRow row, Optional<String> ineligibility) {}

  /**
   * The rows of the period's documents that {@code named} picks, each with its contacts read and re-classified from
   * what 1C holds now; for the few documents an operator names, so they are kept in memory.
   */
  public List<Candidate> candidates(UUID organization, Period period, LocalDate today, Predicate<BankReceipt> named) {
    List<BankReceipt> documents;
    try (Stream<BankReceipt> all = ledger.bankReceipts(organization, period)) {
      documents = all.filter(named).toList();
    }
    if (documents.isEmpty()) {
      return List.of();
    }
    Map<UUID, SavedState> states = ledger.savedStates(documents.stream().map(BankReceipt::key).toList());
    Map<PayerRef, PayerContacts> contacts = contacts(documents);
    List<Candidate> candidates = new ArrayList<>(documents.size());
    for (BankReceipt document : documents) {
      Optional<PayerContacts> payer = document.payer().map(contacts::get);
      SavedState state = states.getOrDefault(document.key(), SavedState.empty());
      candidates.add(new Candidate(classifier.classify(document, payer, state, today),
          classifier.ineligibility(document, payer).map(Reason::text)));
    }
    return candidates;
  }

  private static List<FillRow> await(Future<List<FillRow>> chunk) {
    try {
      return chunk.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException("Reading from 1C failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading from 1C", e);
    }
  }

  private List<FillRow> classify(List<BankReceipt> chunk, LocalDate today, boolean everyPayer) {
    if (chunk.isEmpty()) {
      return List.of();
    }
    Map<UUID, SavedState> states = ledger.savedStates(chunk.stream().map(BankReceipt::key).toList());
    Map<PayerRef, PayerContacts> contacts = contacts(chunk.stream()
        .filter(document -> everyPayer || !states.getOrDefault(document.key(), SavedState.empty()).isSent())
        .toList());
    List<FillRow> rows = new ArrayList<>(chunk.size());
    for (BankReceipt document : chunk) {
      Optional<PayerContacts> payer = document.payer().map(contacts::get);
      rows.add(classifier.classify(document, payer, states.getOrDefault(document.key(), SavedState.empty()), today));
    }
    return rows;
  }

  /** The contacts of the distinct payers of {@code documents}, in one bulk read per catalog. */
  private Map<PayerRef, PayerContacts> contacts(List<BankReceipt> documents) {
    List<PayerRef> payers = documents.stream().flatMap(document -> document.payer().stream()).distinct().toList();
    return payers.isEmpty() ? Map.of() : ledger.payerContacts(payers);
  }
}
