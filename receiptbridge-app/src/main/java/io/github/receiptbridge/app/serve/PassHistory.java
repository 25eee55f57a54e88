package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.RunReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passes of every organization, newest first. In memory it keeps the last ones, bounded so a long-running
 * service keeps constant memory: at most {@code capacity} passes, and the full reports (one record per document,
 * large for a big month) of only the newest {@code reportsKept}; older passes keep their summary. With a {@link
 * PassStore} every pass is also written there at its start and end, with its report, so the history, the reports
 * and the last audit's findings survive a restart and pass ids continue; passes older than the retention are pruned.
 */
final class PassHistory {
  private static final Logger LOG = LoggerFactory.getLogger(PassHistory.class);

  private final int capacity;
  private final int reportsKept;
  private final @Nullable PassStore store;
  private final Duration retention;
  private final Deque<LivePass> passes = new ArrayDeque<>();
  private final AtomicLong ids;
  private final Map<String, AuditFindings> findings = new ConcurrentHashMap<>();
  /** The reports read back from the store for the newest passes of the list, bounded as the memory's. */
  private final Map<Long, PassRecord> readBack;

  /** A history in memory only, of at most {@code capacity} passes, {@code reportsKept} of them with reports. */
  PassHistory(int capacity, int reportsKept) {
    this(capacity, reportsKept, null, Duration.ofDays(ServeSettings.DEFAULT_HISTORY_RETENTION_DAYS));
  }

  /**
   * A history kept in {@code store} too (when given), whose passes are pruned once older than {@code retention}.
   *
   * @throws JournalException when the store cannot be read
   */
  PassHistory(int capacity, int reportsKept, @Nullable PassStore store, Duration retention) {
    if (capacity < 1 || reportsKept < 1 || reportsKept > capacity) {
      throw new IllegalArgumentException("capacity and reportsKept must be positive, reportsKept at most capacity, "
          + "were " + capacity + ", " + reportsKept);
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive, was " + retention);
    }
    this.capacity = capacity;
    this.reportsKept = reportsKept;
    this.store = store;
    this.retention = retention;
    this.ids = new AtomicLong(store == null ? 0 : store.lastId());
    this.readBack = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, PassRecord> eldest) {
        return size() > reportsKept;
      }
    };
  }

  /** The id of the next pass: one more than any pass kept, so ids continue after a restart. */
  long nextId() {
    return ids.incrementAndGet();
  }

  /** Whether the history is kept in the journal's file. */
  boolean persistent() {
    return store != null;
  }

  /**
   * Marks the passes the store holds as running, which the last stop cut short, failed at {@code now}, and removes
   * those older than the retention: at start.
   */
  void opened(Instant now) {
    if (store != null) {
      int cut = store.interrupted(now);
      if (cut > 0) {
        LOG.warn("{} passes were cut short by the last stop; the history shows them failed", cut);
      }
    }
    prune(now);
  }

  /** Adds {@code pass} as the newest, dropping the oldest finished ones beyond the capacity and old reports. */
  void add(LivePass pass) {
    synchronized (this) {
      passes.addFirst(pass);
      Iterator<LivePass> oldestFirst = passes.descendingIterator();
      while (passes.size() > capacity && oldestFirst.hasNext()) {
        if (oldestFirst.next().state() != PassState.RUNNING) {
          oldestFirst.remove();
        }
      }
      int withReport = 0;
      for (LivePass kept : passes) {
        if (kept.state() != PassState.RUNNING && ++withReport > reportsKept) {
          kept.dropReport();
        }
      }
    }
    save(pass.snapshot(), Diagnosis.UNKNOWN, PassCounts.NONE);
  }

  /**
   * {@code pass} ended, saying {@code diagnosis} about the services: written to the store with its report and, for
   * a finished audit, its mismatches become the organization's {@link AuditFindings}.
   */
  void ended(LivePass pass, Diagnosis diagnosis) {
    PassRecord record = pass.snapshot();
    PassCounts counts = record.report().map(PassCounts::of).orElse(PassCounts.NONE);
    if (record.kind() == PassKind.AUDIT && record.state() == PassState.FINISHED && record.report().isPresent()) {
      findings.put(record.organizationKey(), findings(record, record.report().get()));
    }
    save(record, diagnosis, counts);
  }

  private void save(PassRecord record, Diagnosis diagnosis, PassCounts counts) {
    if (store == null) {
      return;
    }
    try {
      store.save(record, diagnosis, counts);
    } catch (JournalException e) {
      // The history is not the evidence trail: a pass goes on when it cannot be written, and the log says so.
      LOG.error("Pass {} of {} is not kept in the history after a restart: {}", record.id(),
          record.organizationKey(), e.getMessage(), e);
    }
  }

  /** The pass {@code id}, with its report while it is kept (in memory, or in the store). */
  Optional<PassRecord> find(long id) {
    Optional<LivePass> live;
    synchronized (this) {
      live = passes.stream().filter(pass -> pass.id() == id).findFirst();
    }
    Optional<PassRecord> inMemory = live.map(LivePass::snapshot);
    if (store == null || inMemory.map(record -> record.report().isPresent()
        || record.state() != PassState.FINISHED && record.state() != PassState.FAILED).orElse(false)) {
      return inMemory;
    }
    return store.find(id).map(this::withReport).or(() -> inMemory);
  }

  /**
   * The newest {@code limit} passes: those of this run as they stand in memory, the older ones from the store when
   * kept, the newest {@code reportsKept} of them with their report (read back once), as before the restart.
   */
  List<PassRecord> newest(int limit) {
    Map<Long, PassRecord> byId = new LinkedHashMap<>();
    synchronized (this) {
      for (LivePass pass : passes) {
        if (byId.size() >= limit) {
          break;
        }
        byId.put(pass.id(), pass.snapshot());
      }
    }
    if (store == null) {
      return List.copyOf(byId.values());
    }
    List<PassRecord> records = new ArrayList<>();
    for (PassStore.Stored stored : store.newest(limit)) {
      PassRecord inMemory = byId.get(stored.record().id());
      if (inMemory != null) {
        records.add(inMemory);
      } else {
        records.add(records.size() < reportsKept ? readBack(stored.record()) : stored.record());
      }
    }
    // a pass whose write failed is still shown from memory
    byId.values().stream().filter(record -> records.stream().noneMatch(kept -> kept.id() == record.id()))
        .forEach(records::add);
    records.sort((a, b) -> Long.compare(b.id(), a.id()));
    return records.size() > limit ? List.copyOf(records.subList(0, limit)) : List.copyOf(records);
  }

  /** The newest pass of {@code organizationKey} that ran to an end (finished or failed), if any. */
  Optional<PassRecord> lastCompleted(String organizationKey) {
    Optional<PassRecord> inMemory;
    synchronized (this) {
      inMemory = passes.stream()
          .filter(pass -> pass.organizationKey().equals(organizationKey))
          .filter(pass -> pass.state() == PassState.FINISHED || pass.state() == PassState.FAILED)
          .findFirst().map(LivePass::snapshot);
    }
    if (inMemory.isPresent() || store == null) {
      return inMemory;
    }
    return store.lastCompleted(organizationKey).map(PassStore.Stored::record);
  }

  /** What the last pass before this start said about the services of {@code organizationKey}, if kept. */
  Optional<Diagnosis> storedDiagnosis(String organizationKey) {
    return store == null ? Optional.empty()
        : store.lastCompleted(organizationKey).map(PassStore.Stored::diagnosis);
  }

  /**
   * The mismatches of the newest finished audit of {@code organizationKey}: kept until its next audit, read from
   * the store after a restart.
   */
  AuditFindings auditFindings(String organizationKey) {
    AuditFindings known = findings.get(organizationKey);
    if (known != null || store == null) {
      return known != null ? known : AuditFindings.none();
    }
    AuditFindings stored = store.lastAudit(organizationKey)
        .map(audit -> withReport(audit).report().map(report -> findings(audit.record(), report))
            .orElseGet(AuditFindings::none))
        .orElseGet(AuditFindings::none);
    findings.putIfAbsent(organizationKey, stored);
    return findings.get(organizationKey);
  }

  /** The counts the gauges showed before this start, per kind of count, from the store. */
  StoredGauges storedGauges(String organizationKey) {
    if (store == null) {
      return StoredGauges.NONE;
    }
    return new StoredGauges(
        store.lastWithErrors(organizationKey).map(stored -> stored.counts().errors()),
        store.lastAudit(organizationKey).map(stored -> stored.counts().mismatches()),
        store.lastRegistering(organizationKey).map(stored -> stored.counts().possibleDuplicates()),
        store.lastSuccess(organizationKey));
  }

  /** Removes the passes older than the retention, from memory and the store. */
  void prune(Instant now) {
    Instant cutoff = now.minus(retention);
    synchronized (this) {
      passes.removeIf(pass -> pass.state() != PassState.RUNNING && pass.startedAt().isBefore(cutoff));
    }
    if (store != null) {
      int removed = store.pruneBefore(cutoff);
      if (removed > 0) {
        LOG.info("History: removed {} passes started before {} (kept {} days)", removed, cutoff,
            retention.toDays());
      }
    }
  }

  /** How many passes are kept in memory. */
  synchronized int size() {
    return passes.size();
  }

  /** {@code record} with its report read back from the store, once for each of the newest passes. */
  private PassRecord readBack(PassRecord record) {
    if (store == null || record.state() != PassState.FINISHED && record.state() != PassState.FAILED) {
      return record;
    }
    synchronized (readBack) {
      PassRecord known = readBack.get(record.id());
      if (known == null) {
        known = store.find(record.id()).map(this::withReport).orElse(record);
        readBack.put(record.id(), known);
      }
      return known;
    }
  }

  private PassRecord withReport(PassStore.Stored stored) {
    PassRecord record = stored.record();
    if (stored.reportJson().isEmpty()) {
      return record;
    }
    try {
      RunReport report = RunReport.fromJson(stored.reportJson().get());
      return new PassRecord(record.id(), record.organizationKey(), record.kind(), record.period(), record.trigger(),
          record.state(), record.startedAt(), record.finishedAt(), record.done(), record.total(), record.summary(),
          record.failure(), Optional.of(report));
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      LOG.warn("The report of pass {} cannot be read back from the history; the pass is shown without it: {}",
          record.id(), e.toString());
      return record;
    }
  }

  private static AuditFindings findings(PassRecord audit, RunReport report) {
    Map<UUID, DocumentOutcome> mismatches = new LinkedHashMap<>();
    report.outcomes().stream().filter(outcome -> outcome.action() == Action.MISMATCH)
        .forEach(outcome -> mismatches.put(outcome.documentKey(), outcome));
    return new AuditFindings(Optional.of(audit.id()), audit.finishedAt(), mismatches);
  }
}
