package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.query.AdditionalInfoSource;
import io.github.receiptbridge.sandbox.internal.onec.query.BankReceiptSource;
import io.github.receiptbridge.sandbox.internal.onec.query.CatalogSource;
import io.github.receiptbridge.sandbox.internal.onec.query.DecodingRowSource;
import io.github.receiptbridge.sandbox.internal.onec.query.EntitySource;
import io.github.receiptbridge.sandbox.internal.onec.query.WithdrawalSource;
import io.github.receiptbridge.sandbox.internal.onec.store.DemoMonth;
import io.github.receiptbridge.sandbox.internal.onec.store.DemoSpan;
import io.github.receiptbridge.sandbox.internal.onec.store.Infobase;
import io.github.receiptbridge.sandbox.internal.onec.store.InfobaseSeeder;
import io.github.receiptbridge.sandbox.internal.onec.store.ReceiptGenerator;
import io.github.receiptbridge.sandbox.internal.onec.wire.Projector;
import io.github.receiptbridge.sandbox.internal.server.LoopbackServer;
import java.util.List;
import java.util.Map;

/** Wires the 1C OData simulator together and owns its listening side, bound to 127.0.0.1 only. */
public final class OnecEngine implements AutoCloseable {
  private final OnecSettings settings;
  private final Infobase infobase = new Infobase();
  private final InfobaseSeeder seeder = new InfobaseSeeder(infobase);
  private final ReceiptGenerator generator = new ReceiptGenerator(infobase);
  private final RequestLog log = new RequestLog();
  private final BasicCredentials credentials;
  private final LoopbackServer server;

  /**
   * Seeds the infobase and starts serving.
   *
   * @param settings what it is started with
   * @param faults   the faults to inject, read on every request
   * @throws java.io.UncheckedIOException when the port cannot be bound
   */
  public OnecEngine(OnecSettings settings, OnecFaults faults) {
    this.settings = settings;
    this.credentials = new BasicCredentials(settings.user(), settings.password());
    seeder.seedProperties(settings.receiptProperties());
    DemoSpan demo = settings.demo();
    if (demo != null) {
      DemoMonth.seed(infobase, seeder, demo);
    }
    this.server = new LoopbackServer(settings.port());
    // The router needs the bound port for its URLs, so the dispatcher is set once the server listens.
    server.dispatchTo(new OnecDispatcher(settings, credentials, router(faults), faults, log));
  }

  private ODataRouter router(OnecFaults faults) {
    Map<String, EntitySource> sources = Map.of(
        OnecNames.ORGANIZATIONS, new CatalogSource(infobase.organizations()),
        OnecNames.COUNTERPARTIES, new CatalogSource(infobase.counterparties()),
        OnecNames.NATURAL_PERSONS, new CatalogSource(infobase.naturalPersons()),
        OnecNames.PROPERTIES, new CatalogSource(infobase.properties()),
        OnecNames.PROPERTY_SETS, new CatalogSource(infobase.propertySets()),
        OnecNames.BANK_RECEIPTS, new BankReceiptSource(infobase.bankReceipts()),
        OnecNames.BANK_RECEIPT_DECODING, new DecodingRowSource(infobase.bankReceipts()),
        OnecNames.BANK_WITHDRAWALS, new WithdrawalSource(infobase.bankWithdrawals()),
        OnecNames.ADDITIONAL_INFO, new AdditionalInfoSource(infobase.additionalInfo()));
    InfobaseNavigator navigator = new InfobaseNavigator(infobase);
    Renderer renderer = new Renderer(serviceRoot(), new Projector(infobase.composition(), navigator));
    EntityLookup lookup = new EntityLookup(infobase);
    return new ODataRouter(infobase.composition(),
        new ReadHandler(sources, lookup, renderer, navigator, infobase.composition(), settings.countBom()),
        new ObjectWriteHandler(infobase, seeder, renderer),
        new RegisterWriteHandler(infobase, lookup, renderer, settings.registerPostStatus(), faults),
        new ActionHandler(infobase));
  }

  /** The bound port. */
  public int port() {
    return server.port();
  }

  /** {@code http://127.0.0.1:<port>/<base>}. */
  public String infobaseUrl() {
    return "http://127.0.0.1:" + port() + "/" + settings.basePath();
  }

  /** {@code <infobase>/odata/standard.odata/}. */
  public String serviceRoot() {
    return infobaseUrl() + "/odata/standard.odata/";
  }

  /** Start-up settings. */
  public OnecSettings settings() {
    return settings;
  }

  /** The password HTTP Basic accepts now. */
  public String password() {
    return credentials.password();
  }

  /** From the next request on, accepts {@code newPassword} and refuses the old one. */
  public void changePassword(String newPassword) {
    credentials.changePassword(newPassword);
  }

  /** The data. */
  public Infobase infobase() {
    return infobase;
  }

  /** Direct seeding and inspection. */
  public InfobaseSeeder seeder() {
    return seeder;
  }

  /** The document generator. */
  public ReceiptGenerator generator() {
    return generator;
  }

  /**
   * The last requests received, oldest first.
   *
   * @return a copy of the request log
   */
  public List<String> requestLog() {
    return log.lines();
  }

  /** Requests received so far. */
  public int requestCount() {
    return server.requestCount();
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }
}
