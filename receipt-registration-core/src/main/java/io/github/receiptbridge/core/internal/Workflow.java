package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.Concurrency;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalService;
import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.RunAbortedException;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.schetmash.errors.InvalidReceiptException;
import io.github.receiptbridge.schetmash.errors.ReceiptNotFoundException;
import io.github.receiptbridge.schetmash.errors.RegistrationOutcomeUnknownException;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.ReceiptStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The register, status, dry-run and re-issue passes over a stream of rows. Счетмаш calls run on one bounded pool and
 * 1C writes on another, so both services are kept busy while memory stays bounded. Order of effects per document
 * (design.md §4): validate, send with the document's fixed external_id, settle an unknown outcome by looking the
 * external_id up, then write id, status and date to 1C.
 */
public final class Workflow {
  private final FiscalService fiscal;
  private final Ledger ledger;
  private final ReceiptFactory receipts;
  private final Concurrency concurrency;
  private final Clock clock;
  private final ZoneId serverZone;
  private final Optional<RateLimiter> rateLimiter;

  /** A workflow over the two services. */
  public Workflow(FiscalService fiscal, Ledger ledger, ReceiptFactory receipts, Concurrency concurrency,
      Clock clock, ZoneId serverZone) {
    this.fiscal = fiscal;
    this.ledger = ledger;
    this.receipts = receipts;
    this.concurrency = concurrency;
    this.clock = clock;
    this.serverZone = serverZone;
    this.rateLimiter = concurrency.schetmashRequestsPerSecond().isPresent()
        ? Optional.of(new RateLimiter(concurrency.schetmashRequestsPerSecond().getAsDouble()))
        : Optional.empty();
  }

  /** The 1C server's wall-clock time now. */
  public LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(serverZone)).withNano(0);
  }

  /** Today in the 1C server's calendar. */
  public LocalDate today() {
    return now().toLocalDate();
  }

  /** The rows of a pass, and how many there will be (-1 when unknown). */
  public interface Rows extends Supplier<Stream<FillRow>> {
    /** How many rows {@link #get()} will stream, or -1. */
    long total();
  }

  /** One pass of a phase: the per-document work to run on the pools. */
  private interface Step {
    void run(long index, FillRow row, Pools pools);
  }

  /** The two pools of a pass. */
  private static final class Pools implements AutoCloseable {
    final BoundedPool schetmash;
    final BoundedPool onec;
    final RunLedger book;
    final boolean pipelined;

    Pools(Concurrency concurrency, RunLedger book) {
      this.schetmash = new BoundedPool("schetmash", concurrency.schetmash());
      this.onec = new BoundedPool("onec", concurrency.onec());
      this.book = book;
      this.pipelined = concurrency.pipelined();
    }

    void onSchetmash(Runnable task) {
      if (pipelined) {
        submit(schetmash, task);
      } else {
        guarded(task).run();
      }
    }

    void onOnec(Runnable task) {
      if (pipelined) {
        submit(onec, task);
      } else {
        guarded(task).run();
      }
    }

    private Runnable guarded(Runnable task) {
      return () -> {
        if (book.aborted()) {
          return;
        }
        try {
          task.run();
        } catch (RuntimeException unexpected) {
          book.abort(unexpected); // a bug, not a service failure: stop loudly rather than lose the document
        }
      };
    }

    private void submit(BoundedPool pool, Runnable task) {
      try {
        pool.submit(guarded(task));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        book.abort(new IllegalStateException("interrupted"));
      }
    }

    void awaitIdle() {
      try {
        schetmash.awaitIdle();
        onec.awaitIdle();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        book.abort(new IllegalStateException("interrupted"));
      }
    }

    @Override
    public void close() {
      schetmash.close();
      onec.close();
    }
  }

  private RunReport pass(String phase, Rows rows, ProgressListener listener, Step step) {
    RunLedger book = new RunLedger(phase, clock, listener);
    listener.started(phase, rows.total());
    try (Pools pools = new Pools(concurrency, book); Stream<FillRow> stream = rows.get()) {
      try {
        Iterator<FillRow> iterator = stream.iterator();
        for (long index = 0; iterator.hasNext() && !book.aborted(); index++) {
          step.run(index, iterator.next(), pools);
        }
      } catch (RuntimeException readFailure) {
        pools.awaitIdle(); // without the rest of the documents the pass cannot go on; what was done is reported
        throw new RunAbortedException(readFailure, book.report());
      }
      pools.awaitIdle();
    }
    RunReport report = book.report();
    if (book.aborted()) {
      throw new RunAbortedException(book.fatal(), report);
    }
    listener.finished(report);
    return report;
  }

  /** Sends every {@code SEND} row and writes its receipt back; records the others as they are. */
  public RunReport register(Rows rows, ProgressListener listener) {
    return pass("register", rows, listener, (index, row, pools) -> {
      if (row.action() == PlannedAction.SEND) {
        pools.onSchetmash(() -> send(index, row, pools));
      } else {
        recordUnsent(pools.book, index, row);
      }
    });
  }

  private static void recordUnsent(RunLedger book, long index, FillRow row) {
    Action action = row.action() == PlannedAction.SKIP ? Action.SKIPPED : Action.ALREADY_SENT;
    book.record(index, Outcomes.of(row, action).reason(row.skipReason()).build());
  }

  private void send(long index, FillRow row, Pools pools) {
    ReceiptRequest request = receipts.sell(row, row.externalId());
    try {
      fiscal.validate(request);
    } catch (InvalidReceiptException invalid) {
      pools.book.record(index, Outcomes.of(row, Action.SKIPPED).reason(invalid.apiMessage()).build());
      return;
    }
    Optional<Long> receiptId = register(index, row, request, pools.book);
    receiptId.ifPresent(id -> pools.onOnec(() -> writeBack(index, row, id, pools.book)));
  }

  /** The receipt id of a registration, settling an unknown outcome by external_id; empty when recorded as failed. */
  private Optional<Long> register(long index, FillRow row, ReceiptRequest request, RunLedger book) {
    rateLimiter.ifPresent(RateLimiter::acquire);
    try {
      return Optional.of(fiscal.registerSell(request).id());
    } catch (RegistrationOutcomeUnknownException unknown) {
      return lookUp(index, row, row.externalId(), unknown, book);
    } catch (RuntimeException failure) {
      fail(book, index, row, failure, "");
      return Optional.empty();
    }
  }

  private Optional<Long> lookUp(long index, FillRow row, String externalId, RuntimeException unknown,
      RunLedger book) {
    try {
      return Optional.of(fiscal.reportByExternalId(externalId).id());
    } catch (ReceiptNotFoundException notStored) {
      book.record(index, Outcomes.of(row, Action.UNKNOWN).error("Счетмаш did not answer and holds no receipt "
          + "with external_id " + externalId + ": the next run sends it. " + Outcomes.describe(unknown)).build());
    } catch (RuntimeException lookupFailed) {
      book.record(index, Outcomes.of(row, Action.UNKNOWN).error("Счетмаш did not answer and the lookup by "
          + "external_id failed too (" + Outcomes.describe(lookupFailed) + "): the next run sends it again with the "
          + "same external_id. " + Outcomes.describe(unknown)).build());
    }
    return Optional.empty();
  }

  private void writeBack(long index, FillRow row, long receiptId, RunLedger book) {
    try {
      ledger.saveReceipt(row.documentKey(), receiptId, "accept", now());
      book.record(index, Outcomes.of(row, Action.SENT).receiptId(receiptId).status("accept").build());
    } catch (RuntimeException failure) {
      fail(book, index, row.withSavedState(row.savedState().withReceiptId(receiptId)), failure,
          "Registered as receipt " + receiptId + ", but writing it to 1C failed; the next run sends again with "
              + "the same external_id, gets receipt " + receiptId + " and completes the write. ");
    }
  }

  private static void fail(RunLedger book, long index, FillRow row, RuntimeException failure, String context) {
    if (Failures.isFatal(failure)) {
      book.abort(failure);
    }
    book.record(index, Outcomes.of(row, Action.FAILED).error(context + Outcomes.describe(failure)).build());
  }

  /** Asks the service for every receipt not yet {@code success} and writes status and check date to 1C. */
  public RunReport checkStatuses(Rows rows, ProgressListener listener) {
    return pass("status", rows, listener, (index, row, pools) -> {
      Optional<Long> receiptId = row.savedState().receiptId();
      if (receiptId.isEmpty()) {
        return;
      }
      if (row.savedState().isSuccess()) {
        pools.book.record(index, Outcomes.of(row, Action.ALREADY_SENT).build());
        return;
      }
      pools.onSchetmash(() -> check(index, row, receiptId.get(), pools));
    });
  }

  private void check(long index, FillRow row, long receiptId, Pools pools) {
    ReceiptReport report;
    try {
      rateLimiter.ifPresent(RateLimiter::acquire);
      report = fiscal.report(receiptId);
    } catch (RuntimeException failure) {
      fail(pools.book, index, row, failure, "Asking Счетмаш for receipt " + receiptId + " failed: ");
      return;
    }
    pools.onOnec(() -> saveStatus(index, row, receiptId, report, pools.book));
  }

  private void saveStatus(long index, FillRow row, long receiptId, ReceiptReport report, RunLedger book) {
    try {
      ledger.saveStatus(row.documentKey(), report.rawStatus(), now());
      book.record(index, Outcomes.of(row, Action.UPDATED)
          .status(report.rawStatus())
          .error(report.error().map(e -> "Счетмаш: " + e.message()))
          .overdue(Outcomes.overdue(row, report.rawStatus(), today()))
          .build());
    } catch (RuntimeException failure) {
      fail(book, index, row, failure, "Receipt " + receiptId + " is " + report.rawStatus()
          + ", but writing that to 1C failed: ");
    }
  }

  /** Builds and validates every receipt that register would send, and records its JSON; sends and writes nothing. */
  public RunReport dryRun(Rows rows, ProgressListener listener) {
    return pass("dry-run", rows, listener, (index, row, pools) -> {
      if (row.action() != PlannedAction.SEND) {
        recordUnsent(pools.book, index, row);
        return;
      }
      ReceiptRequest request = receipts.sell(row, row.externalId());
      try {
        fiscal.validate(request);
        pools.book.record(index, Outcomes.of(row, Action.PLANNED).requestJson(fiscal.wireJson(request)).build());
      } catch (InvalidReceiptException invalid) {
        pools.book.record(index, Outcomes.of(row, Action.SKIPPED).reason(invalid.apiMessage()).build());
      }
    });
  }

  /**
   * For every receipt whose saved status is {@code error}: asks again (the service may have turned it into
   * success); if it is still {@code error}, sends a new receipt under {@code 1c-<key>-r<failed id>} and writes it.
   */
  public RunReport reissue(Rows rows, ProgressListener listener) {
    return pass("reissue", rows, listener, (index, row, pools) -> {
      Optional<Long> failed = row.savedState().receiptId();
      if (failed.isPresent() && row.savedState().status().filter("error"::equals).isPresent()) {
        pools.onSchetmash(() -> reissueOne(index, row, failed.get(), pools));
      }
    });
  }

  private void reissueOne(long index, FillRow row, long failedId, Pools pools) {
    ReceiptReport report;
    try {
      report = fiscal.report(failedId);
    } catch (RuntimeException failure) {
      fail(pools.book, index, row, failure, "Asking Счетмаш for receipt " + failedId + " failed: ");
      return;
    }
    if (report.status() != ReceiptStatus.ERROR) {
      pools.onOnec(() -> saveStatus(index, row, failedId, report, pools.book));
      return;
    }
    String externalId = ExternalIds.reissue(row.documentKey(), failedId);
    FillRow reissued = row.withExternalId(externalId);
    ReceiptRequest request = receipts.sell(reissued, externalId);
    Optional<Long> newId = register(index, reissued, request, pools.book);
    String reason = "re-issued: receipt " + failedId + " was rejected: "
        + report.error().map(e -> e.message()).orElse("no text");
    newId.ifPresent(id -> pools.onOnec(() -> {
      try {
        ledger.saveReceipt(row.documentKey(), id, "accept", now());
        pools.book.record(index, Outcomes.of(reissued, Action.SENT).receiptId(id).status("accept")
            .reason(reason).build());
      } catch (RuntimeException failure) {
        fail(pools.book, index, reissued, failure, "Re-issued as receipt " + id + ", but writing it to 1C failed: ");
      }
    }));
  }
}
