package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.Payer;
import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReceiptDetails;
import io.github.receiptbridge.core.SavedState;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of a period: documents are read in pages, and for each chunk of them the saved states and the
 * payers' contacts are read in bulk, so memory holds two chunks, never the period. The receipt journal's details of
 * the period's receipts (error text, fiscal numbers, check link) are read once per fill and put on each row by the
 * receipt id the ledger holds for its document.
 */
public final class Filler {
  private static final int FIRST_CHUNK = 25;

  private final Ledger ledger;
  private final Classifier classifier;
  private final int chunkSize;
  private final JournalTrail trail;
  private final @Nullable Executor executor;

  /**
   * A filler reading {@code chunkSize} documents at a time, the next chunk ahead on a thread of each stream's own.
   *
   * @param trail the receipt journal, where a copy of a payment whose document is gone from 1C is recognised
   */
  public Filler(Ledger ledger, Classifier classifier, int chunkSize, JournalTrail trail) {
    this(ledger, classifier, chunkSize, trail, null);
  }

  /**
   * A filler reading {@code chunkSize} documents at a time.
   *
   * @param trail the receipt journal, where a copy of a payment whose document is gone from 1C is recognised
   * @param executor where the next chunk is read ahead: the caller's executor, which is never shut down nor
   *     interrupted, or {@code null} for a thread of each stream's own, ended when the stream is closed
   */
  public Filler(Ledger ledger, Classifier classifier, int chunkSize, JournalTrail trail,
      @Nullable Executor executor) {
    this.ledger = ledger;
    this.classifier = classifier;
    this.chunkSize = chunkSize;
    this.trail = trail;
    this.executor = executor;
  }

  /** Whose payers a stream of rows reads. */
  private enum PayerReads {
    /** Every document's: a person reading the table expects the name and contact of documents already sent too. */
    EVERY_DOCUMENT,
    /** Only those of documents not sent yet: a pass needs no more, and saves the reads. */
    UNSENT_DOCUMENTS
  }

  /**
   * The rows of an organization's period for a person's table, in date and number order, with the payer's name and
   * contact of every document, those already sent included. While the caller works on one chunk, the next is read on
   * a background thread (of the caller's executor, or of the stream's own), so the ledger's reads overlap the work
   * instead of stalling it; at most two chunks are in memory. Close the stream when not reading it to the end. A
   * thread interrupted while it waits for a chunk gets a {@link CancellationException}, its flag set.
   */
  public Stream<FillRow> table(UUID organization, DateRange period, LocalDate today) {
    return rows(organization, period, today, PayerReads.EVERY_DOCUMENT, List.of());
  }

  /**
   * The rows as {@link #table} gives them, for a pass: the payers of documents already sent are not read. A possible
   * duplicate of an earlier document is skipped ({@link PossibleDuplicates}) unless {@code notDuplicates} names it.
   *
   * @param notDuplicates numbers or keys of documents an operator confirmed as separate payments
   */
  public Stream<FillRow> pass(UUID organization, DateRange period, LocalDate today, List<String> notDuplicates) {
    return rows(organization, period, today, PayerReads.UNSENT_DOCUMENTS, notDuplicates);
  }

  private Stream<FillRow> rows(UUID organization, DateRange period, LocalDate today, PayerReads payerReads,
      List<String> notDuplicates) {
    PossibleDuplicates duplicates = new PossibleDuplicates(notDuplicates, trail);
    Stream<PaymentDocument> documents = ledger.payments(organization, period);
    Iterator<PaymentDocument> source = documents.iterator();
    @Nullable ExecutorService own = executor != null ? null : Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "fill-read-ahead");
      thread.setDaemon(true);
      return thread;
    });
    Executor reader = executor != null ? executor : own;
    int[] size = {Math.min(chunkSize, FIRST_CHUNK)};
    JournalDetails details = new JournalDetails(organization, period);
    Object reading = new Object(); // held while a chunk is read, so the documents are never closed under a read
    Callable<List<FillRow>> nextChunk = () -> {
      synchronized (reading) {
        List<PaymentDocument> chunk = new ArrayList<>(size[0]);
        while (chunk.size() < size[0] && source.hasNext()) {
          chunk.add(source.next());
        }
        size[0] = Math.min(chunkSize, size[0] * 2); // a small first chunk starts the work early, then bulk reads pay
        return withDetails(classify(chunk, today, payerReads), details);
      }
    };
    class ReadAhead extends Spliterators.AbstractSpliterator<FillRow> {
      private final ArrayDeque<FillRow> ready = new ArrayDeque<>();
      private @Nullable Future<List<FillRow>> ahead = submit();

      ReadAhead() {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      }

      private Future<List<FillRow>> submit() {
        FutureTask<List<FillRow>> task = new FutureTask<>(nextChunk);
        reader.execute(task);
        return task;
      }

      @Override
      public boolean tryAdvance(Consumer<? super FillRow> action) {
        if (ready.isEmpty() && ahead != null) {
          List<FillRow> chunk = await(ahead);
          ahead = chunk.isEmpty() ? null : submit();
          ready.addAll(chunk);
        }
        FillRow next = ready.poll();
        if (next == null) {
          return false;
        }
        action.accept(next);
        return true;
      }

      /** Stops reading ahead: a thread of our own is interrupted; a read on the caller's executor is let finish. */
      void close() {
        Future<List<FillRow>> pending = ahead;
        if (pending != null) {
          pending.cancel(own != null);
        }
        if (own != null) {
          own.shutdownNow();
        }
        synchronized (reading) { // after the read in progress, if any
          documents.close();
        }
      }
    }
    ReadAhead rows = new ReadAhead();
    return StreamSupport.stream(rows, false).map(duplicates::check).onClose(rows::close);
  }

  /**
   * The journal's receipt details of a period, read once, on the first chunk that has documents: one journal read per
   * fill, whatever its size. Used by the one thread that reads the chunks.
   */
  private final class JournalDetails {
    private final UUID organization;
    private final DateRange period;
    private @Nullable Map<Long, ReceiptDetails> byReceiptId;

    JournalDetails(UUID organization, DateRange period) {
      this.organization = organization;
      this.period = period;
    }

    Map<Long, ReceiptDetails> byReceiptId() {
      if (byReceiptId == null) {
        byReceiptId = trail.receiptDetails(organization, period);
      }
      return byReceiptId;
    }
  }

  /** {@code rows}, each with what the journal knows of the receipt the ledger holds for its document. */
  private static List<FillRow> withDetails(List<FillRow> rows, JournalDetails details) {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, ReceiptDetails> byReceiptId = details.byReceiptId();
    if (byReceiptId.isEmpty()) {
      return rows;
    }
    List<FillRow> detailed = new ArrayList<>(rows.size());
    for (FillRow row : rows) {
      detailed.add(row.withReceiptDetails(Ids.boxed(row.savedState().receiptId()).map(byReceiptId::get)));
    }
    return detailed;
  }

  /**
   * A document named for {@code reissue}: its row (classified with its saved state, the buyer contact read whatever
   * that state) and why it would get no receipt if 1C held nothing for it.
   *
   * @param row the document's row
   * @param ineligibility why the policy leaves it out today, or empty when it is eligible
   */
  public record Candidate(FillRow row, Optional<Reason> ineligibility) {}

  /**
   * The rows of the period's documents that {@code named} picks, each with its contacts read and re-classified from
   * what the ledger holds now; for the few documents an operator names, so they are kept in memory.
   */
  public List<Candidate> candidates(UUID organization, DateRange period, LocalDate today,
      Predicate<PaymentDocument> named) {
    List<PaymentDocument> documents;
    try (Stream<PaymentDocument> all = ledger.payments(organization, period)) {
      documents = all.filter(named).toList();
    }
    if (documents.isEmpty()) {
      return List.of();
    }
    Map<UUID, SavedState> states = ledger.savedStates(documents.stream().map(PaymentDocument::key).toList());
    Map<PayerRef, Payer> payers = payers(documents);
    JournalDetails details = new JournalDetails(organization, period);
    List<Candidate> candidates = new ArrayList<>(documents.size());
    for (PaymentDocument document : documents) {
      Optional<Payer> payer = document.payer().map(payers::get);
      SavedState state = states.getOrDefault(document.key(), SavedState.empty());
      FillRow row = withDetails(List.of(classifier.classify(document, payer, state, today)), details).get(0);
      candidates.add(new Candidate(row, classifier.ineligibility(document, payer)));
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
      throw new IllegalStateException("Reading from the ledger failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException("Reading the documents from the ledger was "
          + "cancelled: the thread reading them was interrupted");
      cancelled.initCause(e);
      throw cancelled;
    }
  }

  private List<FillRow> classify(List<PaymentDocument> chunk, LocalDate today, PayerReads payerReads) {
    if (chunk.isEmpty()) {
      return List.of();
    }
    Map<UUID, SavedState> states = ledger.savedStates(chunk.stream().map(PaymentDocument::key).toList());
    Map<PayerRef, Payer> payers = payers(chunk.stream()
        .filter(document -> payerReads == PayerReads.EVERY_DOCUMENT
            || !states.getOrDefault(document.key(), SavedState.empty()).isSent())
        .toList());
    List<FillRow> rows = new ArrayList<>(chunk.size());
    for (PaymentDocument document : chunk) {
      Optional<Payer> payer = document.payer().map(payers::get);
      rows.add(classifier.classify(document, payer, states.getOrDefault(document.key(), SavedState.empty()), today));
    }
    return rows;
  }

  /** The distinct payers of {@code documents}, in one bulk read. */
  private Map<PayerRef, Payer> payers(List<PaymentDocument> documents) {
    List<PayerRef> refs = documents.stream().flatMap(document -> document.payer().stream()).distinct().toList();
    return refs.isEmpty() ? Map.of() : ledger.payers(refs);
  }
}
