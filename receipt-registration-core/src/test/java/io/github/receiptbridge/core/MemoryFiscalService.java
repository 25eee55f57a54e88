package io.github.receiptbridge.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A fiscal service in memory: registrations are idempotent by external id, each receipt is {@code accept} until the
 * test moves it, and a receipt can be rejected by the service's "own checks". Thread-safe.
 */
final class MemoryFiscalService implements FiscalService {
  private final Map<String, Long> idsByExternalId = new ConcurrentHashMap<>();
  private final Map<Long, ReceiptDraft> drafts = new ConcurrentHashMap<>();
  private final Map<Long, FiscalReport> reports = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(100);
  private final List<ReceiptDraft> registrations = new CopyOnWriteArrayList<>();
  private volatile Predicate<ReceiptDraft> invalid = draft -> false;
  private volatile Consumer<ReceiptDraft> afterRegistration = draft -> {};

  /** Drafts that {@code invalid} accepts fail the service's checks with {@code "Неверная сумма"}. */
  MemoryFiscalService rejecting(Predicate<ReceiptDraft> rejected) {
    this.invalid = rejected;
    return this;
  }

  /** Runs {@code action} after each registration, before its answer: what happens meanwhile. */
  MemoryFiscalService afterEachRegistration(Consumer<ReceiptDraft> action) {
    this.afterRegistration = action;
    return this;
  }

  /** Every call of {@link #registerSell}, repeats included. */
  List<ReceiptDraft> registrations() {
    return registrations;
  }

  /** The receipts held, one per external id. */
  Map<Long, ReceiptDraft> receipts() {
    return drafts;
  }

  /** The id of the receipt of {@code externalId}, if registered. */
  Optional<Long> receiptOf(String externalId) {
    return Optional.ofNullable(idsByExternalId.get(externalId));
  }

  /** Fiscalizes a receipt with its draft's amount. */
  void succeed(long receiptId) {
    reports.put(receiptId, FiscalReport.builder().receiptId(receiptId).rawStatus("success")
        .total(drafts.get(receiptId).amount()).build());
  }

  /** Every receipt held becomes {@code success}. */
  void succeedAll() {
    drafts.keySet().forEach(this::succeed);
  }

  /** A receipt is rejected with {@code error}. */
  void reject(long receiptId, String error) {
    reports.put(receiptId, FiscalReport.builder().receiptId(receiptId).rawStatus("error").errorMessage(error).build());
  }

  @Override
  public RegistrationResult registerSell(ReceiptDraft draft) {
    validate(draft);
    registrations.add(draft);
    long id = idsByExternalId.computeIfAbsent(draft.externalId(), key -> {
      long next = ids.incrementAndGet();
      drafts.put(next, draft);
      reports.put(next, FiscalReport.builder().receiptId(next).rawStatus("accept").build());
      return next;
    });
    afterRegistration.accept(draft);
    return RegistrationResult.builder().receiptId(id).rawStatus("accept").build();
  }

  @Override
  public FiscalReport report(long receiptId) {
    FiscalReport report = reports.get(receiptId);
    if (report == null) {
      throw new ReceiptNotFoundException("No receipt " + receiptId, null);
    }
    return report;
  }

  @Override
  public void validate(ReceiptDraft draft) {
    if (draft.buyerEmail().isEmpty() && draft.buyerPhone().isEmpty()) {
      throw new ReceiptRejectedException("no buyer contact", "The receipt has no buyer contact", null);
    }
    if (invalid.test(draft)) {
      throw new ReceiptRejectedException("Неверная сумма", "The service refused the receipt: Неверная сумма", null);
    }
  }
}
