package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.Period;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunAbortedException;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.app.common.FailureExplainer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service behind {@code serve}: per organization its registrar and a lock so its passes never overlap, the
 * schedule ({@link #tick}), manual passes, the history, the «Заполнить» table, health and metrics. Passes of different
 * organizations run in parallel, each on its own thread. A pass that fails is recorded and the service goes on; the
 * next tick tries again. {@link #stop} lets running passes finish their started documents.
 */
final class ReceiptService implements ServiceConsole, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReceiptService.class);
  /** How many passes the history keeps. */
  static final int HISTORY = 200;
  /** How many of them keep their full report (for the JSON and CSV links); the older keep their summary. */
  static final int REPORTS_KEPT = 20;

  private final Map<String, OrganizationUnit> units = new LinkedHashMap<>();
  private final Clock clock;
  private final ZoneId zone;
  private final Schedule schedule;
  private final ServeMetrics metrics;
  private final AtomicBoolean stopping;
  private final PassHistory history = new PassHistory(HISTORY, REPORTS_KEPT);
  private final AtomicLong ids = new AtomicLong();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong passesEnded = new AtomicLong();
  private final AtomicLong receiptsSent = new AtomicLong();
  private final Object idle = new Object();
  private final ExecutorService passes;
  private final List<AutoCloseable> resources;

  /**
   * A service over {@code organizations}, whose registrars ask {@code stopping} before each document.
   *
   * @param resources closed with the service (clients, simulators), in order
   */
  ReceiptService(List<OrganizationUnit> organizations, Clock clock, ZoneId zone, Schedule schedule,
      ServeMetrics metrics, AtomicBoolean stopping, List<AutoCloseable> resources) {
    organizations.forEach(unit -> units.put(unit.key(), unit));
    this.clock = clock;
    this.zone = zone;
    this.schedule = schedule;
    this.metrics = metrics;
    this.stopping = stopping;
    this.resources = List.copyOf(resources);
    AtomicInteger threads = new AtomicInteger();
    this.passes = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "pass-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    organizations.forEach(unit -> metrics.register(unit.key()));
  }

  /** The clock the schedule's ticks read. */
  Clock clockForTicks() {
    return clock;
  }

  /** The schedule's settings. */
  Schedule schedule() {
    return schedule;
  }

  @Override
  public List<OrganizationView> organizations() {
    return units.values().stream().map(OrganizationUnit::view).toList();
  }

  @Override
  public Period defaultPeriod() {
    return Period.fromPreviousMonthThrough(LocalDate.now(clock.withZone(zone)));
  }

  @Override
  public FillPage fill(String organizationKey, Period period, FillQuery query) {
    OrganizationUnit unit = unit(organizationKey);
    List<FillRow> rows = unit.fillCache().get(period, () -> {
      try (Stream<FillRow> read = unit.registrar().fill(period, unit.settings().organization())) {
        return read.toList();
      }
    });
    List<FillRow> matching = rows.stream()
        .filter(row -> query.status().map(status -> row.savedState().rawStatus().orElse("").equals(status))
            .orElse(true))
        .filter(row -> query.action().map(action -> row.action() == action).orElse(true))
        .toList();
    int pages = Math.max(1, (matching.size() + query.pageSize() - 1) / query.pageSize());
    int page = Math.min(query.page(), pages);
    int from = (page - 1) * query.pageSize();
    List<FillRow> shown = matching.subList(from, Math.min(matching.size(), from + query.pageSize()));
    return new FillPage(organizationKey, period, List.copyOf(shown), matching.size(), rows.size(), page, pages);
  }

  @Override
  public PassRecord start(String organizationKey, PassKind kind, Period period, List<String> documents,
      String who) {
    OrganizationUnit unit = unit(organizationKey);
    if (kind.namesDocuments() == documents.isEmpty()) {
      throw new IllegalArgumentException(kind.namesDocuments()
          ? "«" + kind.title() + "» needs the documents an operator named; it never works on the whole period"
          : "only «Повторить чек» and «Отдельный платёж» name documents, «" + kind.title() + "» works on the "
              + "whole period");
    }
    if (stopping.get()) {
      throw new IllegalStateException("the service is stopping; no new pass starts");
    }
    LivePass pass = newPass(unit, kind, period, who);
    if (!unit.tryStart(pass)) {
      throw new PassBusyException(organizationKey, unit.running().map(LivePass::snapshot).orElseThrow());
    }
    history.add(pass);
    LOG.info("{} starts «{}» of {} for {} (pass {})", who, kind.title(), organizationKey, period, pass.id());
    launch(unit, pass, documents);
    return pass.snapshot();
  }

  /**
   * Starts every scheduled pass due at {@code now}. A due pass of an organization that is busy is recorded as
   * {@link PassState#SKIPPED} with the reason; a skipped audit is due again at the next tick.
   *
   * @return the passes started or skipped
   */
  List<PassRecord> tick(Instant now) {
    List<PassRecord> ticked = new ArrayList<>();
    if (stopping.get()) {
      return ticked;
    }
    for (OrganizationUnit unit : units.values()) {
      for (PassKind kind : schedule.due(unit.key(), now)) {
        LivePass pass = newPass(unit, kind, defaultPeriod(), "schedule");
        if (unit.tryStart(pass)) {
          history.add(pass);
          launch(unit, pass, List.of());
        } else {
          LivePass busy = unit.running().orElseThrow();
          pass.skip("пропущен: в это время шёл «" + busy.kind().title() + "» (проход " + busy.id() + ")"
              + (kind == PassKind.AUDIT ? "; аудит повторится на следующем такте" : "; следующий по расписанию"));
          if (kind == PassKind.AUDIT) {
            schedule.retryAudit(unit.key());
          }
          history.add(pass);
          LOG.info("Scheduled «{}» of {} skipped: pass {} is running", kind.title(), unit.key(), busy.id());
        }
        ticked.add(pass.snapshot());
      }
    }
    return ticked;
  }

  private LivePass newPass(OrganizationUnit unit, PassKind kind, Period period, String trigger) {
    return new LivePass(ids.incrementAndGet(), unit.key(), kind, period, trigger, clock.instant());
  }

  private void launch(OrganizationUnit unit, LivePass pass, List<String> documents) {
    running.incrementAndGet();
    try {
      passes.execute(() -> execute(unit, pass, documents));
    } catch (RuntimeException rejected) {
      finishRun(unit, pass);
      throw rejected;
    }
  }

  private void execute(OrganizationUnit unit, LivePass pass, List<String> documents) {
    long started = System.nanoTime();
    unit.fillCache().clear();
    try {
      RunReport report = run(unit.registrar(), pass.kind(), pass.snapshot().period(), unit.settings().organization(),
          documents);
      pass.finish(report, clock.instant());
      unit.diagnosis(Diagnosis.finished());
      metrics.report(unit.key(), report);
      receiptsSent.addAndGet(report.count(Action.SENT));
      LOG.info("«{}» of {} (pass {}) finished: {}", pass.kind().title(), unit.key(), pass.id(),
          LivePass.summarize(report));
    } catch (RuntimeException failure) {
      Optional<RunReport> partial = failure instanceof RunAbortedException aborted
          ? Optional.ofNullable(aborted.partialReport()) : Optional.empty();
      String why = FailureExplainer.explain(failure).message();
      pass.fail(why, partial, clock.instant());
      unit.diagnosis(Diagnosis.failed(failure));
      partial.ifPresent(report -> {
        metrics.report(unit.key(), report);
        receiptsSent.addAndGet(report.count(Action.SENT));
      });
      if (pass.kind() == PassKind.AUDIT) {
        schedule.retryAudit(unit.key());
      }
      LOG.warn("«{}» of {} (pass {}) failed, retried at the next tick: {}", pass.kind().title(), unit.key(),
          pass.id(), why);
    } finally {
      unit.fillCache().clear();
      metrics.passEnded(unit.key(), pass.kind(), pass.state(), Duration.ofNanos(System.nanoTime() - started));
      finishRun(unit, pass);
    }
  }

  private void finishRun(OrganizationUnit unit, LivePass pass) {
    passesEnded.incrementAndGet();
    unit.ended(pass);
    synchronized (idle) {
      running.decrementAndGet();
      idle.notifyAll();
    }
  }

  private static RunReport run(ReceiptRegistrar registrar, PassKind kind, Period period, String organization,
      List<String> documents) {
    return switch (kind) {
      case REGISTER_AND_STATUS -> registrar.run(period, organization, Duration.ZERO); // register, one status pass
      case REGISTER -> registrar.register(period, organization);
      case STATUS -> registrar.checkStatuses(period, organization);
      case AUDIT -> registrar.audit(period, organization);
      case REISSUE -> registrar.reissue(period, organization, documents);
      case NOT_DUPLICATE -> registrar.register(period, organization, documents);
    };
  }

  @Override
  public Optional<PassRecord> pass(long passId) {
    return history.find(passId).map(LivePass::snapshot);
  }

  @Override
  public List<PassRecord> history(int limit) {
    return history.newest(limit);
  }

  @Override
  public Health health() {
    return new Health(units.values().stream().map(unit -> {
      Diagnosis diagnosis = unit.diagnosis();
      return new OrganizationHealth(unit.key(), history.lastCompleted(unit.key()), diagnosis.onecAnswered(),
          diagnosis.schetmashAnswered(), diagnosis.failing());
    }).toList());
  }

  @Override
  public String scrapeMetrics() {
    return metrics.scrape();
  }

  /**
   * Waits until no pass runs, at most {@code timeout}.
   *
   * @return whether every pass has ended
   */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      while (running.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(idle, left);
      }
    }
    return true;
  }

  /**
   * Stops gracefully: no new pass and no new document starts; running passes finish the documents they started
   * (their write-back to 1C included), for at most {@code timeout}.
   *
   * @return whether every pass ended within the timeout
   */
  boolean stop(Duration timeout) throws InterruptedException {
    stopping.set(true);
    return awaitIdle(timeout);
  }

  /** How many passes have ended (finished or failed) since the start. */
  long passesEnded() {
    return passesEnded.get();
  }

  /** How many receipts the passes have sent since the start. */
  long receiptsSent() {
    return receiptsSent.get();
  }

  /** Whether {@link #stop} was called. */
  boolean stopping() {
    return stopping.get();
  }

  private OrganizationUnit unit(String key) {
    OrganizationUnit unit = units.get(key);
    if (unit == null) {
      throw new UnknownOrganizationException(key);
    }
    return unit;
  }

  /** Stops the pass threads and closes the clients (and simulators) the service was given. */
  @Override
  public void close() {
    stopping.set(true);
    passes.shutdownNow();
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        LOG.warn("Closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
