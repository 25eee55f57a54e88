package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.WorkingCalendar;
import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the service from its settings: one shared 1C client, one Счетмаш client per distinct shop and login, each
 * on an OkHttpClient that times its requests for the metrics, and per organization a registrar with its policy; then
 * the service's parts over them. Nothing is sent while building; the organizations' names are looked up in 1C once,
 * best effort.
 */
final class ServiceAssembly {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceAssembly.class);
  /** How many passes the history keeps in memory (the journal's file keeps them all for the retention). */
  static final int HISTORY = 200;
  /** How many of them keep their full report in memory; the older are read from the journal's file when kept. */
  static final int REPORTS_KEPT = 20;

  private final ServeSettings settings;
  private final PassTiming timing;
  private Clock clock = Clock.systemUTC();
  private ReceiptJournal journal = ReceiptJournal.none();
  private List<AutoCloseable> resources = List.of();
  private @Nullable Path historyFile;
  private Duration retention = Duration.ofDays(ServeSettings.DEFAULT_HISTORY_RETENTION_DAYS);

  private ServiceAssembly(ServeSettings settings, PassTiming timing) {
    this.settings = settings;
    this.timing = timing;
  }

  /**
   * The assembly of the service of {@code settings}, whose passes run at {@code timing}; on the system clock, with
   * no journal and nothing else to close unless told otherwise.
   *
   * @param settings the settings, with a shop for every organization
   */
  static ServiceAssembly of(ServeSettings settings, PassTiming timing) {
    return new ServiceAssembly(settings, timing);
  }

  /** The clock the passes, the schedule and the registrars read. */
  ServiceAssembly clock(Clock value) {
    clock = value;
    return this;
  }

  /** The receipt journal every organization's registrar writes (closed by the caller, or given to close too). */
  ServiceAssembly journal(ReceiptJournal value) {
    journal = value;
    return this;
  }

  /**
   * Keeps the history of passes in {@code file} (the receipt journal's SQLite file), so it survives a restart, each
   * pass for {@code retentionDays} days; without it the history is kept in memory only.
   */
  ServiceAssembly history(Path file, int retentionDays) {
    historyFile = file;
    retention = Duration.ofDays(retentionDays);
    return this;
  }

  /**
   * What the service closes after its clients (for example the in-process simulators); closed at once when building
   * fails.
   */
  ServiceAssembly closing(List<AutoCloseable> value) {
    resources = List.copyOf(value);
    return this;
  }

  /**
   * The service.
   *
   * @throws ConfigurationException when a connection setting is wrong (nothing was started then)
   */
  ReceiptService build() {
    Configuration connections = settings.connections();
    ServeMetrics metrics = new ServeMetrics();
    OkHttpClient onecHttp = new OkHttpClient.Builder().addInterceptor(metrics.httpTimer("onec")).build();
    OkHttpClient schetmashHttp = new OkHttpClient.Builder().addInterceptor(metrics.httpTimer("schetmash")).build();
    List<AutoCloseable> closers = new ArrayList<>();
    closers.add(() -> release(onecHttp));
    closers.add(() -> release(schetmashHttp));
    try {
      OnecClient onec = onec(connections, onecHttp);
      closers.add(0, onec);
      WorkingCalendar calendar = connections.calendar();
      ShutdownFlag shutdown = new ShutdownFlag();
      Map<String, SchetmashClient> schetmashClients = new HashMap<>();
      List<OrganizationUnit> units = new ArrayList<>();
      for (OrganizationSettings organization : settings.organizations()) {
        long shop = organization.shopId().orElseThrow(() -> new ConfigurationException("organization "
            + organization.key() + " has no Счетмаш shop-id"));
        String login = organization.schetmashLogin().orElseGet(() -> connections.required(ConfigKey.SCHETMASH_LOGIN));
        String password = organization.schetmashPassword()
            .orElseGet(() -> connections.required(ConfigKey.SCHETMASH_PASSWORD));
        SchetmashClient schetmash = schetmashClients.computeIfAbsent(login + '\u0000' + shop, ignored -> {
          SchetmashClient client = schetmash(connections, new SchetmashLogin(login, password, shop), schetmashHttp);
          closers.add(0, client);
          return client;
        });
        OrganizationUnit unit = new OrganizationUnit(organization, shop);
        ReceiptRegistrar registrar = ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(schetmash))
            .ledger(OnecLedger.of(onec)).policy(organization.policy()).calendar(calendar).clock(clock).journal(journal)
            .progressListener(unit).stopWhen(shutdown::raised).build();
        unit.work(new RegistrarWork(registrar, organization.organization()));
        units.add(unit);
      }
      nameFromOnec(onec, units);
      PassStore store = historyFile == null ? null : PassStore.open(historyFile);
      if (store != null) {
        closers.add(store);
      }
      List<AutoCloseable> all = new ArrayList<>(closers);
      all.addAll(resources);
      return wire(new Organizations(units), new ServiceTime(clock, onec.config().serverZone()), metrics, store)
          .shutdown(shutdown).resources(all).build();
    } catch (RuntimeException e) {
      closers.forEach(ServiceAssembly::closeQuietly);
      resources.forEach(ServiceAssembly::closeQuietly);
      throw e;
    }
  }

  /** The service's parts over {@code organizations}, each given the others it works with. */
  private ReceiptService.Builder wire(Organizations organizations, ServiceTime time, ServeMetrics metrics,
      @Nullable PassStore store) {
    organizations.keys().forEach(metrics::register);
    Schedule schedule = new Schedule(timing, time.zone(), organizations.keys(), time.now());
    PassHistory history = new PassHistory(HISTORY, REPORTS_KEPT, store, retention);
    history.opened(time.now());
    for (OrganizationUnit unit : organizations.all()) {
      history.storedDiagnosis(unit.key()).ifPresent(unit::diagnosis);
      metrics.restore(unit.key(), history.storedGauges(unit.key()));
    }
    PassRunner runner = new PassRunner(time.clock(), metrics, schedule, history);
    PassLauncher launcher = new PassLauncher(time.clock(), history, runner);
    return ReceiptService.builder()
        .organizations(organizations)
        .time(time)
        .tables(new FillPager(organizations))
        .history(history)
        .runner(runner)
        .launcher(launcher)
        .scheduler(new PassScheduler(schedule, organizations, launcher, time))
        .health(new ServiceHealth(organizations, history, metrics));
  }

  /** A Счетмаш login and the shop it registers receipts in. */
  private record SchetmashLogin(String login, String password, long shop) {
    @Override
    public String toString() {
      return "SchetmashLogin[" + login + ", shop " + shop + "]";
    }
  }

  private static void nameFromOnec(OnecClient onec, List<OrganizationUnit> units) {
    for (OrganizationUnit unit : units) {
      try {
        List<Organization> found = onec.findOrganizations(unit.settings().organization());
        if (found.size() == 1) {
          unit.named(found.get(0).name(), found.get(0).inn());
        }
      } catch (RuntimeException e) {
        LOG.warn("Cannot look up organization {} in 1C yet ({}); its first pass will tell", unit.key(),
            e.getMessage());
      }
    }
  }

  private static OnecClient onec(Configuration config, OkHttpClient http) {
    OnecClient.Builder builder = OnecClient.builder()
        .serviceRoot(config.required(ConfigKey.ONEC_ODATA_URL))
        .user(config.required(ConfigKey.ONEC_USER))
        .password(config.required(ConfigKey.ONEC_PASSWORD))
        .allowInsecureHttp(config.onecAllowInsecureHttp())
        .httpClient(http);
    config.onecTimeZone().ifPresent(builder::serverZone);
    config.onecMaxFilterLength().ifPresent(builder::maxFilterLength);
    try {
      return builder.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  private static SchetmashClient schetmash(Configuration config, SchetmashLogin account, OkHttpClient http) {
    SchetmashClient.Builder builder = SchetmashClient.builder()
        .baseUrl(config.required(ConfigKey.SCHETMASH_URL))
        .login(account.login())
        .password(account.password())
        .shopId(account.shop())
        .allowInsecureHttp(config.schetmashAllowInsecureHttp())
        .httpClient(http);
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw new ConfigurationException("SCHETMASH_URL is wrong: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  private static void release(OkHttpClient http) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.warn("Closing {} failed: {}", closeable.getClass().getSimpleName(), e.toString());
    }
  }
}
