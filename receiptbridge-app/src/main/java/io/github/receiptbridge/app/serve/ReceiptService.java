package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.DateRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service behind {@code serve}, as one object: the console's questions, the schedule's ticks and the stop, each
 * handed to the part that does it ({@link FillPager}, {@link PassLauncher}, {@link PassScheduler}, {@link
 * PassHistory}, {@link ServiceHealth}, {@link PassRunner}). {@link ServiceAssembly} builds the parts.
 */
final class ReceiptService implements ServiceConsole, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReceiptService.class);
  /** How often the history is pruned while the service runs (and once at start). */
  static final Duration PRUNE_EVERY = Duration.ofDays(1);

  private final Organizations organizations;
  private final ServiceTime time;
  private final FillPager tables;
  private final PassHistory history;
  private final PassRunner runner;
  private final PassLauncher launcher;
  private final PassScheduler scheduler;
  private final ServiceHealth health;
  private final ShutdownFlag shutdown;
  private final List<AutoCloseable> resources;
  private volatile Instant lastPruned;

  private ReceiptService(Builder parts) {
    this.organizations = Objects.requireNonNull(parts.organizations, "organizations");
    this.time = Objects.requireNonNull(parts.time, "time");
    this.tables = Objects.requireNonNull(parts.tables, "tables");
    this.history = Objects.requireNonNull(parts.history, "history");
    this.runner = Objects.requireNonNull(parts.runner, "runner");
    this.launcher = Objects.requireNonNull(parts.launcher, "launcher");
    this.scheduler = Objects.requireNonNull(parts.scheduler, "scheduler");
    this.health = Objects.requireNonNull(parts.health, "health");
    this.shutdown = Objects.requireNonNull(parts.shutdown, "shutdown");
    this.resources = List.copyOf(parts.resources);
    this.lastPruned = time.now();
  }

  /** A builder that takes the parts one by one. */
  static Builder builder() {
    return new Builder();
  }

  @Override
  public List<OrganizationView> organizations() {
    return organizations.views();
  }

  @Override
  public ZoneId zone() {
    return time.zone();
  }

  @Override
  public DateRange defaultPeriod() {
    return time.defaultPeriod();
  }

  @Override
  public FillPage fill(String organizationKey, DateRange period, FillQuery query) {
    return tables.fill(organizationKey, period, query);
  }

  @Override
  public List<LateReceipt> lateReceipts(String organizationKey, DateRange period) {
    return organizations.get(organizationKey).work().lateReceipts(period);
  }

  @Override
  public List<RefundRow> refunds(String organizationKey, DateRange period) {
    return organizations.get(organizationKey).work().refunds(period);
  }

  @Override
  public PassRecord start(PassRequest request) {
    OrganizationUnit unit = organizations.get(request.organizationKey());
    shutdown.checkNotRaised();
    LivePass pass = launcher.start(unit, request).orElseThrow(() -> busy(unit));
    LOG.info("{} starts «{}» of {} for {} (pass {})", request.trigger(), request.kind().title(),
        request.organizationKey(), request.period(), pass.id());
    return pass.snapshot();
  }

  private static PassBusyException busy(OrganizationUnit unit) {
    return unit.running().map(running -> new PassBusyException(unit.key(), running.snapshot()))
        .orElseGet(() -> new PassBusyException(unit.key()));
  }

  /**
   * Starts every scheduled pass due at {@code now}; nothing once the service is stopping. Once a day it also removes
   * the passes older than the history's retention.
   *
   * @return the passes started or skipped
   */
  List<PassRecord> tick(Instant now) {
    if (shutdown.raised()) {
      return List.of();
    }
    List<PassRecord> started = scheduler.tick(now);
    if (!now.isBefore(lastPruned.plus(PRUNE_EVERY))) {
      lastPruned = now;
      history.prune(now);
    }
    return started;
  }

  @Override
  public Optional<PassRecord> pass(long passId) {
    return history.find(passId);
  }

  @Override
  public List<PassRecord> history(int limit) {
    return history.newest(limit);
  }

  @Override
  public AuditFindings auditFindings(String organizationKey) {
    organizations.get(organizationKey);
    return history.auditFindings(organizationKey);
  }

  @Override
  public Health health() {
    return health.health();
  }

  @Override
  public String scrapeMetrics() {
    return health.scrapeMetrics();
  }

  /**
   * Waits until no pass runs, at most {@code timeout}.
   *
   * @return whether every pass has ended
   */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    return runner.awaitIdle(timeout);
  }

  /**
   * Stops gracefully: no new pass and no new document starts; running passes finish the documents they started
   * (their write-back to 1C included), for at most {@code timeout}.
   *
   * @return whether every pass ended within the timeout
   */
  boolean stop(Duration timeout) throws InterruptedException {
    shutdown.raise();
    return runner.awaitIdle(timeout);
  }

  /** How many passes have ended (finished or failed) since the start. */
  long passesEnded() {
    return runner.passesEnded();
  }

  /** How many receipts the passes have sent since the start. */
  long receiptsSent() {
    return runner.receiptsSent();
  }

  /** Stops the pass threads and closes the clients (and simulators) the service was given. */
  @Override
  public void close() {
    shutdown.raise();
    runner.shutdown();
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        LOG.warn("Closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
      }
    }
  }

  /** The parts of a {@link ReceiptService}, each set once; every one is required but the resources. */
  static final class Builder {
    private @Nullable Organizations organizations;
    private @Nullable ServiceTime time;
    private @Nullable FillPager tables;
    private @Nullable PassHistory history;
    private @Nullable PassRunner runner;
    private @Nullable PassLauncher launcher;
    private @Nullable PassScheduler scheduler;
    private @Nullable ServiceHealth health;
    private @Nullable ShutdownFlag shutdown;
    private List<AutoCloseable> resources = List.of();

    private Builder() {}

    /** The organizations served. */
    Builder organizations(Organizations value) {
      organizations = value;
      return this;
    }

    /** The clock and 1C's zone. */
    Builder time(ServiceTime value) {
      time = value;
      return this;
    }

    /** The «Заполнить» tables. */
    Builder tables(FillPager value) {
      tables = value;
      return this;
    }

    /** The history of passes. */
    Builder history(PassHistory value) {
      history = value;
      return this;
    }

    /** What runs the passes. */
    Builder runner(PassRunner value) {
      runner = value;
      return this;
    }

    /** What lets manual passes in. */
    Builder launcher(PassLauncher value) {
      launcher = value;
      return this;
    }

    /** What starts the scheduled passes. */
    Builder scheduler(PassScheduler value) {
      scheduler = value;
      return this;
    }

    /** Health and metrics. */
    Builder health(ServiceHealth value) {
      health = value;
      return this;
    }

    /** The flag the registrars ask before each document. */
    Builder shutdown(ShutdownFlag value) {
      shutdown = value;
      return this;
    }

    /** What {@link ReceiptService#close()} closes, in order (clients, simulators). */
    Builder resources(List<AutoCloseable> value) {
      resources = List.copyOf(value);
      return this;
    }

    /**
     * The service.
     *
     * @throws NullPointerException when a part is missing
     */
    ReceiptService build() {
      return new ReceiptService(this);
    }
  }
}
