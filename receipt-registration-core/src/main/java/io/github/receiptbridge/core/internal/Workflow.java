package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.Concurrency;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalReport;
import io.github.receiptbridge.core.FiscalService;
import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptDraft;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.ReceiptNotFoundException;
import io.github.receiptbridge.core.ReceiptRejectedException;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunAbortedException;
import io.github.receiptbridge.core.RunOptions;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.SavedState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The register, status, audit, dry-run and re-issue passes over a stream of rows: which rows get which work. Calls of
 * the fiscal service run on one bounded pool and the ledger's writes on another ({@link Pools}), on the caller's
 * executor or on threads of each pass's own, so both services are kept busy while memory stays bounded; one receipt
 * is sent by the {@link Sender}, in the order of effects of docs/architecture.md §4. Each pass gets its progress
 * listener and stop signal with the call ({@link RunOptions}), so one workflow serves many callers at once; an
 * interrupt cancels a pass as its stop signal stops it ({@link Interrupts}).
 */
public final class Workflow {
  private final FiscalService fiscal;
  private final Ledger ledger;
  private final ReceiptFactory receipts;
  private final Concurrency concurrency;
  private final Clock clock;
  private final ZoneId serverZone;
  private final Optional<RateLimiter> rateLimiter;
  private final Sender sender;
  private final @Nullable Executor executor;
  private final JournalTrail trail;

  /** A workflow over the two services that keeps no journal and runs its pools on threads of its own. */
  public Workflow(FiscalService fiscal, Ledger ledger, ReceiptFactory receipts, Concurrency concurrency,
      Clock clock, ZoneId serverZone) {
    this(fiscal, ledger, receipts, concurrency, clock, serverZone, null,
        new JournalTrail(ReceiptJournal.none(), 0, clock));
  }

  /**
   * A workflow over the two services.
   *
   * @param executor where the pools of each pass run their tasks; {@code null} for threads of each pass's own, shut
   *     down when it ends. A caller's executor is never shut down
   * @param trail the receipt journal, written before and after each registration and with each status
   */
  public Workflow(FiscalService fiscal, Ledger ledger, ReceiptFactory receipts, Concurrency concurrency,
      Clock clock, ZoneId serverZone, @Nullable Executor executor, JournalTrail trail) {
    this.executor = executor;
    this.trail = trail;
    this.fiscal = fiscal;
    this.ledger = ledger;
    this.receipts = receipts;
    this.concurrency = concurrency;
    this.clock = clock;
    this.serverZone = serverZone;
    this.rateLimiter = concurrency.schetmashRequestsPerSecond().isPresent()
        ? Optional.of(new RateLimiter(concurrency.schetmashRequestsPerSecond().getAsDouble()))
        : Optional.empty();
    this.sender = new Sender(fiscal, ledger, receipts, rateLimiter, this::now, trail);
  }

  /** The ledger's wall-clock time now. */
  public LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(serverZone)).withNano(0);
  }

  /** Today in the ledger's calendar. */
  public LocalDate today() {
    return now().toLocalDate();
  }

  /** The rows of a pass, and how many there will be. */
  public interface Rows extends Supplier<Stream<FillRow>> {
    /** How many rows {@link #get()} will stream; empty when that is not known cheaply. */
    OptionalLong total();
  }

  /** One pass of a phase: the per-document work to run on the pools. */
  private interface Step {
    void run(long index, FillRow row, Pools pools);
  }

  /**
   * Runs {@code step} on every row until the rows end, the stop signal of {@code options} is raised, a fatal error
   * aborts the pass or an interrupt cancels it; then waits for the documents in flight to finish. An interrupt of this
   * thread is taken off it while they finish ({@link Interrupts}) and set again when the pass throws its {@link
   * io.github.receiptbridge.core.RunCancelledException}.
   */
  private RunReport pass(Phase phase, Rows rows, RunOptions options, Step step) {
    ProgressListener listener = options.progressListener();
    RunLedger book = new RunLedger(phase, clock, listener, options.stopWhen());
    Interrupts interrupts = new Interrupts(book);
    try {
      listener.started(phase, rows.total());
      try (Pools pools = new Pools(concurrency, executor, book, interrupts); Stream<FillRow> stream = rows.get()) {
        try {
          Iterator<FillRow> iterator = stream.iterator();
          for (long index = 0; !interrupts.interrupted() && book.mayStart() && iterator.hasNext(); index++) {
            step.run(index, iterator.next(), pools);
          }
        } catch (RuntimeException readFailure) {
          if (!Interrupts.isCancellation(readFailure)) {
            pools.awaitIdle(); // without the rest of the documents the pass cannot go on; what was done is reported
            throw new RunAbortedException(readFailure, book.report());
          }
          interrupts.take(readFailure);
        }
        interrupts.interrupted();
        pools.awaitIdle(); // the documents in flight finish, whatever stopped the pass
      }
    } catch (RuntimeException failure) {
      if (!Interrupts.isCancellation(failure)) {
        interrupts.interrupted();
        interrupts.restore();
        throw failure;
      }
      interrupts.take(failure); // counting the documents, or opening or closing their stream, was cut short
    }
    interrupts.interrupted(); // an interrupt that came while the stream was closed
    return book.finish(interrupts);
  }

  /**
   * Sends every {@code SEND} row and writes its receipt back; completes a document whose receipt id the ledger holds
   * without its status or check date by asking the service about that id; records the others as they are.
   */
  public RunReport register(Rows rows, RunOptions options) {
    return pass(Phase.REGISTER, rows, options, (index, row, pools) -> {
      if (row.action() == PlannedAction.SEND) {
        pools.onSchetmash(() -> sender.send(index, row, pools));
      } else if (row.action() == PlannedAction.ALREADY_SENT && !row.savedState().isComplete()) {
        pools.onSchetmash(() -> check(index, row, row.savedState().receiptId().orElseThrow(), pools));
      } else {
        recordUnsent(pools.book, index, row);
      }
    });
  }

  private static void recordUnsent(RunLedger book, long index, FillRow row) {
    Action action = row.action() == PlannedAction.SKIP ? Action.SKIPPED : Action.ALREADY_SENT;
    book.record(index, Outcomes.of(row, action).reason(row.skipReason()).build());
  }

  /**
   * Asks the service for every receipt not yet {@code success}, or saved without its id, status or check date, and
   * writes status and check date to the ledger.
   */
  public RunReport checkStatuses(Rows rows, RunOptions options) {
    return checkStatuses(rows, List::of, options);
  }

  /**
   * As {@link #checkStatuses(Rows, ProgressListener)}, then, once the rows are read, asks about the refund receipts
   * {@code refundRows} gives (each saved with a receipt id and not final yet, or without its status or check date) and
   * writes their check date and status on the refund document ({@link Ledger#saveRefundStatus}), journaling each.
   */
  public RunReport checkStatuses(Rows rows, Supplier<List<FillRow>> refundRows, RunOptions options) {
    Set<UUID> refunds = ConcurrentHashMap.newKeySet();
    Rows withRefunds = new Rows() {
      @Override
      public Stream<FillRow> get() {
        return thenLazily(rows.get(), () -> {
          List<FillRow> found = refundRows.get();
          found.forEach(row -> refunds.add(row.documentKey()));
          return found;
        });
      }

      @Override
      public OptionalLong total() {
        return rows.total();
      }
    };
    return pass(Phase.STATUS, withRefunds, options, (index, row, pools) -> {
      OptionalLong receiptId = row.savedState().receiptId();
      if (receiptId.isEmpty()) {
        return;
      }
      if (refunds.contains(row.documentKey())) {
        pools.onSchetmash(() -> checkRefund(index, row, receiptId.getAsLong(), pools));
        return;
      }
      if (row.savedState().isSuccess() && row.savedState().isComplete() && trail.replacedReceipts(row).isEmpty()) {
        pools.book.record(index, Outcomes.of(row, Action.ALREADY_SENT).build());
        return;
      }
      pools.onSchetmash(() -> check(index, row, receiptId.getAsLong(), pools));
    });
  }

  /** Asks about a refund receipt and writes the check date, then the status, on its refund document. */
  private void checkRefund(long index, FillRow row, long receiptId, Pools pools) {
    Optional<FiscalReport> fresh = report(index, row, receiptId, pools.book);
    if (fresh.isEmpty()) {
      return;
    }
    FiscalReport report = fresh.get();
    pools.onOnec(() -> {
      try {
        Interrupts.shielded(pools.book, () -> ledger.saveRefundStatus(row.documentKey(), report.status(),
            report.rawStatus(), now()));
        trail.status(receiptId, report);
        pools.book.record(index, Outcomes.of(row, Action.UPDATED)
            .rawStatus(report.rawStatus())
            .error(Outcomes.serviceError(report))
            .build());
      } catch (RuntimeException failure) {
        pools.book.fail(index, row, failure, "Refund receipt " + receiptId + " is " + report.rawStatus()
            + ", but writing that to the ledger failed: ");
      }
    });
  }

  private void check(long index, FillRow row, long receiptId, Pools pools) {
    Optional<FiscalReport> fresh = report(index, row, receiptId, pools.book);
    if (fresh.isEmpty()) {
      return;
    }
    Optional<Reason> twice;
    try {
      twice = fiscalizedTwice(row, receiptId, fresh.get());
    } catch (RuntimeException failure) {
      pools.book.fail(index, row, failure, "Asking the fiscal service about a receipt a re-issue replaced failed: ");
      return;
    }
    pools.onOnec(() -> saveStatus(index, row, receiptId, fresh.get(), pools.book, Optional.empty(), twice));
  }

  /**
   * When {@code receiptId} is {@code success}, whether a receipt that a re-issue of the document replaced has become
   * {@code success} as well (a cash-register error that was not final): the payment is then fiscalized twice. Asks
   * the service about each receipt the journal says was replaced.
   */
  private Optional<Reason> fiscalizedTwice(FillRow row, long receiptId, FiscalReport report) {
    if (report.status() != ReceiptStatus.SUCCESS) {
      return Optional.empty();
    }
    for (long replaced : trail.replacedReceipts(row)) {
      if (replaced == receiptId) {
        continue;
      }
      rateLimiter.ifPresent(RateLimiter::acquire);
      FiscalReport earlier = fiscal.report(replaced);
      if (earlier.status() == ReceiptStatus.SUCCESS) {
        return Optional.of(Reason.of(ReasonCode.FISCALIZED_TWICE, String.valueOf(replaced),
            String.valueOf(receiptId)));
      }
    }
    return Optional.empty();
  }

  /**
   * The service's report of {@code receiptId}; empty when asking failed, which is recorded for the document, or when
   * the service does not know the id, which is recorded as {@link ReasonCode#RECEIPT_ID_UNKNOWN} for a person: the
   * id stays in the ledger and nothing is sent.
   */
  private Optional<FiscalReport> report(long index, FillRow row, long receiptId, RunLedger book) {
    try {
      rateLimiter.ifPresent(RateLimiter::acquire);
      return Optional.of(fiscal.report(receiptId));
    } catch (ReceiptNotFoundException unknown) {
      book.record(index, Outcomes.of(row, Action.SKIPPED)
          .reason(Reason.of(ReasonCode.RECEIPT_ID_UNKNOWN, String.valueOf(receiptId))).build());
      return Optional.empty();
    } catch (RuntimeException failure) {
      book.fail(index, row, failure, "Asking the fiscal service for receipt " + receiptId + " failed: ");
      return Optional.empty();
    }
  }

  /**
   * Writes the reported status and the check date to the ledger, and records {@link Action#UPDATED}, or {@link
   * Action#MISMATCH} when the receipt and the document disagree (the status is written all the same).
   */
  private void saveStatus(long index, FillRow row, long receiptId, FiscalReport report, RunLedger book,
      Optional<Reason> note, Optional<Reason> twice) {
    try {
      Interrupts.shielded(book, () -> ledger.saveStatus(row.documentKey(), report.status(), report.rawStatus(),
          now()));
      trail.status(receiptId, report);
      Optional<Reason> mismatch = Mismatches.find(row, receiptId, report).or(() -> twice);
      Optional<Reason> reason = mismatch.or(() -> note);
      book.record(index, Outcomes.of(row, mismatch.isPresent() ? Action.MISMATCH : Action.UPDATED)
          .rawStatus(report.rawStatus())
          .reason(reason)
          .error(Outcomes.serviceError(report))
          .overdue(Outcomes.overdue(row, report.status(), today()))
          .build());
    } catch (RuntimeException failure) {
      book.fail(index, row, failure, "Receipt " + receiptId + " is " + report.rawStatus()
          + ", but writing that to the ledger failed: ");
    }
  }

  /**
   * Compares every receipt of the period with its document: asks the service for each receipt id the ledger holds and
   * records {@link Action#MISMATCH} when the receipt's total is not the document's amount or the document is now
   * marked for deletion or unposted; the others as {@link Action#ALREADY_SENT} with the reported status. Writes
   * nothing to the ledger. Documents without a receipt are not listed.
   */
  public RunReport audit(Rows rows, RunOptions options) {
    return pass(Phase.AUDIT, rows, options, (index, row, pools) -> {
      OptionalLong receiptId = row.savedState().receiptId();
      if (receiptId.isPresent()) {
        pools.onSchetmash(() -> auditOne(index, row, receiptId.getAsLong(), pools.book));
      }
    });
  }

  /**
   * As {@link #audit(Rows, ProgressListener)}, and a receipt whose document's operation kind or payer is not what the
   * journal recorded when it was sent is {@link ReasonCode#OPERATION_KIND_CHANGED} or {@link
   * ReasonCode#PAYER_CHANGED}; then, once the rows are read, each receipt the journal holds for the organization's
   * {@code period} whose document the rows did not list and {@code journalAudit} finds gone or re-dated is recorded as
   * {@link Action#MISMATCH} too ({@link ReasonCode#DOCUMENT_GONE}, {@link ReasonCode#DOCUMENT_REDATED}), with its
   * fresh status, so a receipt never silently drops out of every report.
   */
  public RunReport audit(Rows rows, JournalAudit journalAudit, UUID organization, DateRange period,
      RunOptions options) {
    Set<UUID> listed = ConcurrentHashMap.newKeySet();
    Map<UUID, JournalAudit.Finding> findings = new ConcurrentHashMap<>();
    Rows withJournal = new Rows() {
      @Override
      public Stream<FillRow> get() {
        return thenLazily(rows.get().peek(row -> listed.add(row.documentKey())), () -> {
          List<JournalAudit.Finding> outside = journalAudit.outside(organization, period, listed);
          outside.forEach(finding -> findings.put(finding.row().documentKey(), finding));
          return outside.stream().map(JournalAudit.Finding::row).toList();
        });
      }

      @Override
      public OptionalLong total() {
        return rows.total();
      }
    };
    return pass(Phase.AUDIT, withJournal, options, (index, row, pools) -> {
      JournalAudit.Finding finding = findings.get(row.documentKey());
      OptionalLong receiptId = row.savedState().receiptId();
      if (finding != null) {
        auditOutside(index, finding, pools);
      } else if (receiptId.isPresent()) {
        pools.onSchetmash(() -> auditOne(index, row, receiptId.getAsLong(), pools.book, true));
      }
    });
  }

  /** The elements of {@code first}, then those {@code then} gives, asked for only once {@code first} is read. */
  private static Stream<FillRow> thenLazily(Stream<FillRow> first, Supplier<List<FillRow>> then) {
    Iterator<FillRow> head = first.iterator();
    Iterator<FillRow> rows = new Iterator<>() {
      private @Nullable Iterator<FillRow> tail;

      @Override
      public boolean hasNext() {
        if (tail == null) {
          if (head.hasNext()) {
            return true;
          }
          tail = then.get().iterator();
        }
        return tail.hasNext();
      }

      @Override
      public FillRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return tail == null ? head.next() : tail.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(first::close);
  }

  /** Records a receipt of the journal whose document is gone or re-dated, with its fresh status. */
  private void auditOutside(long index, JournalAudit.Finding finding, Pools pools) {
    FillRow row = finding.row();
    if (finding.failure().isPresent()) {
      pools.book.fail(index, row, finding.failure().get(), "Receipt " + finding.receiptId() + " of the journal is "
          + "not among the period's documents, and reading its document from the ledger by its key failed: ");
      return;
    }
    pools.onSchetmash(() -> {
      Optional<FiscalReport> fresh = report(index, row, finding.receiptId(), pools.book);
      if (fresh.isEmpty()) {
        return;
      }
      FiscalReport report = fresh.get();
      try {
        trail.details(finding.receiptId(), report);
      } catch (RuntimeException failure) {
        pools.book.fail(index, row, failure, "Receipt " + finding.receiptId() + " is " + report.rawStatus()
            + ", but recording its details in the journal failed: ");
        return;
      }
      pools.book.record(index, Outcomes.of(row, Action.MISMATCH)
          .rawStatus(report.rawStatus())
          .reason(finding.reason())
          .error(Outcomes.serviceError(report))
          .overdue(Outcomes.overdue(row, report.status(), today()))
          .build());
    });
  }

  private void auditOne(long index, FillRow row, long receiptId, RunLedger book) {
    auditOne(index, row, receiptId, book, false);
  }

  private void auditOne(long index, FillRow row, long receiptId, RunLedger book, boolean basis) {
    Optional<FiscalReport> fresh = report(index, row, receiptId, book);
    if (fresh.isEmpty()) {
      return;
    }
    FiscalReport report = fresh.get();
    Optional<Reason> mismatch;
    try {
      trail.details(receiptId, report);
    } catch (RuntimeException failure) {
      book.fail(index, row, failure, "Receipt " + receiptId + " is " + report.rawStatus()
          + ", but recording its details in the journal failed: ");
      return;
    }
    try {
      mismatch = Mismatches.find(row, receiptId, report).or(() -> fiscalizedTwice(row, receiptId, report));
      if (basis && mismatch.isEmpty()) {
        mismatch = trail.receiptOf(row, receiptId).flatMap(sent -> Mismatches.basisChanged(row, receiptId, sent));
      }
    } catch (RuntimeException failure) {
      book.fail(index, row, failure, "Asking the fiscal service about a receipt a re-issue replaced failed: ");
      return;
    }
    book.record(index, Outcomes.of(row, mismatch.isPresent() ? Action.MISMATCH : Action.ALREADY_SENT)
        .rawStatus(report.rawStatus())
        .reason(mismatch)
        .error(Outcomes.serviceError(report))
        .overdue(Outcomes.overdue(row, report.status(), today()))
        .build());
  }

  /** Builds and validates every receipt that register would send, and records its JSON; sends and writes nothing. */
  public RunReport dryRun(Rows rows, RunOptions options) {
    return pass(Phase.DRY_RUN, rows, options, (index, row, pools) -> {
      if (row.action() != PlannedAction.SEND) {
        recordUnsent(pools.book, index, row);
        return;
      }
      ReceiptDraft draft = receipts.sell(row, row.externalId());
      try {
        fiscal.validate(draft);
        pools.book.record(index, Outcomes.of(row, Action.PLANNED).requestJson(fiscal.preview(draft)).build());
      } catch (ReceiptRejectedException rejected) {
        pools.book.record(index, Outcomes.of(row, Action.SKIPPED)
            .reason(Reason.of(ReasonCode.RECEIPT_INVALID, rejected.reason())).build());
      }
    });
  }

  /**
   * Re-issues the receipts of the documents an operator named, each only if it is still rejected: a document without a
   * receipt, with a {@code success} saved, or that the policy would not send today (deleted, unposted, changed amount
   * or operation kind, organization payer, no contact) is refused with the reason; otherwise the service is asked
   * again, and anything but {@code error} is written to the ledger and refused. A receipt still in {@code error} gets a
   * new one under {@code 1c-<key>-r<failed id>}, to the payer's contact, and the ledger gets the new id. Sending the
   * same re-issue again returns the same new receipt, so a document never gets a third one from one rejection.
   */
  public RunReport reissue(List<Filler.Candidate> candidates, RunOptions options) {
    Map<UUID, Optional<Reason>> ineligibility = new HashMap<>();
    candidates.forEach(candidate -> ineligibility.put(candidate.row().documentKey(), candidate.ineligibility()));
    Rows rows = new Rows() {
      @Override
      public Stream<FillRow> get() {
        return candidates.stream().map(Filler.Candidate::row);
      }

      @Override
      public OptionalLong total() {
        return OptionalLong.of(candidates.size());
      }
    };
    return pass(Phase.REISSUE, rows, options, (index, row, pools) -> {
      Optional<Reason> refusal = reissueRefusal(row, ineligibility.get(row.documentKey()));
      if (refusal.isPresent()) {
        pools.book.record(index, Outcomes.of(row, Action.SKIPPED).reason(refusal).build());
      } else {
        pools.onSchetmash(() -> reissueOne(index, row, row.savedState().receiptId().orElseThrow(), pools));
      }
    });
  }

  /**
   * Why {@code row} is not re-issued ({@link ReasonCode#NOT_REISSUED}), or empty when its saved receipt is {@code
   * error} and the policy still sends it.
   */
  private static Optional<Reason> reissueRefusal(FillRow row, Optional<Reason> ineligibility) {
    SavedState state = row.savedState();
    String receiptId = Ids.text(state.receiptId());
    String status = state.rawStatus().orElse("");
    if (state.hasStatusWithoutReceipt()) {
      return Optional.of(notReissued(receiptId, status, row.skipReason())); // the classifier's reason for it
    }
    if (state.receiptId().isEmpty() || ineligibility.isPresent() && !state.isSuccess()) {
      return Optional.of(notReissued(receiptId, status, ineligibility));
    }
    if (state.isSuccess()) {
      return Optional.of(notReissued(receiptId, status, Optional.empty()));
    }
    return Optional.empty();
  }

  /** {@link ReasonCode#NOT_REISSUED} of a receipt and its status, with the reason the policy leaves it out, if any. */
  private static Reason notReissued(String receiptId, String status, Optional<Reason> ineligibility) {
    List<String> arguments = new ArrayList<>(List.of(receiptId, status));
    ineligibility.ifPresent(reason -> {
      arguments.add(reason.code().code());
      arguments.addAll(reason.arguments());
    });
    return Reason.of(ReasonCode.NOT_REISSUED, arguments);
  }

  private void reissueOne(long index, FillRow row, long failedId, Pools pools) {
    Optional<FiscalReport> fresh = report(index, row, failedId, pools.book);
    if (fresh.isEmpty()) {
      return;
    }
    FiscalReport report = fresh.get();
    if (report.status() != ReceiptStatus.ERROR) {
      pools.onOnec(() -> saveStatus(index, row, failedId, report, pools.book, Optional.of(
          notReissued(String.valueOf(failedId), report.rawStatus(), Optional.empty())), Optional.empty()));
      return;
    }
    String externalId = ExternalIds.reissue(row.documentKey(), failedId);
    FillRow reissued = row.withExternalId(externalId);
    OptionalLong newId = sender.register(index, reissued, receipts.sell(reissued, externalId),
        OptionalLong.of(failedId), pools.book);
    Reason reason = Reason.of(ReasonCode.REISSUED, String.valueOf(failedId), report.errorMessage().orElse(""));
    newId.ifPresent(id -> pools.onOnec(() -> {
      try {
        Interrupts.shielded(pools.book, () -> ledger.saveReceipt(row.documentKey(), id, ReceiptStatus.ACCEPT, now()));
        pools.book.record(index, Outcomes.of(reissued, Action.SENT).receiptId(id)
            .rawStatus(ReceiptStatus.ACCEPT.wireValue()).reason(reason).build());
      } catch (RuntimeException failure) {
        pools.book.fail(index, reissued, failure, "Re-issued as receipt " + id + ", but writing it to the ledger "
            + "failed; re-issuing the document again sends the same external_id, gets receipt " + id
            + " and completes the write. ");
      }
    }));
  }
}
