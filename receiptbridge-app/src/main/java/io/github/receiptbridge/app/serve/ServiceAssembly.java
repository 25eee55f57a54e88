package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.WorkingCalendar;
import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the service from its settings: one shared 1C client, one Счетмаш client per distinct shop and login, each
 * on an OkHttpClient that times its requests for the metrics, and per organization a registrar with its policy.
 * Nothing is sent while building; the organizations' names are looked up in 1C once, best effort.
 */
final class ServiceAssembly {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceAssembly.class);

  private ServiceAssembly() {}

  /**
   * The service.
   *
   * @param settings the settings, with a shop for every organization
   * @param journal the receipt journal every organization's registrar writes (closed by the caller's resources)
   * @param resources closed with the service after its clients (for example the in-process simulators), or at once
   *     when building fails
   * @throws ConfigurationException when a connection setting is wrong (nothing was started then)
   */
  static ReceiptService build(ServeSettings settings, Duration every, LocalTime auditAt, Clock clock,
      ReceiptJournal journal, List<AutoCloseable> resources) {
    Configuration connections = settings.connections();
    WorkingCalendar calendar = connections.calendar();
    ServeMetrics metrics = new ServeMetrics();
    OkHttpClient onecHttp = new OkHttpClient.Builder().addInterceptor(metrics.httpTimer("onec")).build();
    OkHttpClient schetmashHttp = new OkHttpClient.Builder().addInterceptor(metrics.httpTimer("schetmash")).build();
    List<AutoCloseable> closers = new ArrayList<>();
    closers.add(() -> release(onecHttp));
    closers.add(() -> release(schetmashHttp));
    try {
      OnecClient onec = onec(connections, onecHttp);
      closers.add(0, onec);
      ZoneId zone = onec.config().serverZone();
      Map<String, SchetmashClient> schetmashClients = new HashMap<>();
      AtomicBoolean stopping = new AtomicBoolean();
      List<OrganizationUnit> units = new ArrayList<>();
      for (OrganizationSettings organization : settings.organizations()) {
        long shop = organization.shopId().orElseThrow(() -> new ConfigurationException("organization "
            + organization.key() + " has no Счетмаш shop-id"));
        String login = organization.schetmashLogin().orElseGet(() -> connections.required(ConfigKey.SCHETMASH_LOGIN));
        String password = organization.schetmashPassword()
            .orElseGet(() -> connections.required(ConfigKey.SCHETMASH_PASSWORD));
        SchetmashClient schetmash = schetmashClients.computeIfAbsent(login + '\u0000' + shop, ignored -> {
          SchetmashClient client = schetmash(connections, login, password, shop, schetmashHttp);
          closers.add(0, client);
          return client;
        });
        OrganizationUnit unit = new OrganizationUnit(organization, shop);
        unit.registrar(ReceiptRegistrar.builder().schetmash(schetmash).onec(onec).policy(organization.policy())
            .calendar(calendar).clock(clock).journal(journal).progressListener(unit).stopWhen(stopping::get)
            .build());
        units.add(unit);
      }
      nameFromOnec(onec, units);
      List<AutoCloseable> all = new ArrayList<>(closers);
      all.addAll(resources);
      return new ReceiptService(units, clock, zone,
          new Schedule(every, auditAt, zone, units.stream().map(OrganizationUnit::key).toList(), clock.instant()),
          metrics, stopping, all);
    } catch (RuntimeException e) {
      closers.forEach(ServiceAssembly::closeQuietly);
      resources.forEach(ServiceAssembly::closeQuietly);
      throw e;
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
    try {
      return builder.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  private static SchetmashClient schetmash(Configuration config, String login, String password, long shop,
      OkHttpClient http) {
    SchetmashClient.Builder builder = SchetmashClient.builder()
        .baseUrl(config.required(ConfigKey.SCHETMASH_URL))
        .login(login)
        .password(password)
        .shopId(shop)
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
