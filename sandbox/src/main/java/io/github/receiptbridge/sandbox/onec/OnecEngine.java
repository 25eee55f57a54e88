package io.github.receiptbridge.sandbox.onec;

import io.github.receiptbridge.sandbox.internal.NoDelayServerSocketFactory;
import io.github.receiptbridge.sandbox.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.onec.query.AdditionalInfoSource;
import io.github.receiptbridge.sandbox.onec.query.BankReceiptSource;
import io.github.receiptbridge.sandbox.onec.query.CatalogSource;
import io.github.receiptbridge.sandbox.onec.query.DecodingRowSource;
import io.github.receiptbridge.sandbox.onec.query.EntitySource;
import io.github.receiptbridge.sandbox.onec.store.DemoMonth;
import io.github.receiptbridge.sandbox.onec.store.Infobase;
import io.github.receiptbridge.sandbox.onec.store.InfobaseSeeder;
import io.github.receiptbridge.sandbox.onec.store.ReceiptGenerator;
import io.github.receiptbridge.sandbox.onec.wire.Projector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import okhttp3.mockwebserver.MockWebServer;

/** Wires the OData simulator together and owns its MockWebServer, bound to 127.0.0.1 only. */
public final class OnecEngine implements AutoCloseable {
  /** Held strongly so the level set below is not lost when the logger is garbage-collected. */
  private static final java.util.logging.Logger MOCK_WEB_SERVER_LOG =
      java.util.logging.Logger.getLogger(MockWebServer.class.getName());

  static {
    // MockWebServer logs every request at INFO, which costs more than serving it.
    MOCK_WEB_SERVER_LOG.setLevel(Level.WARNING);
  }

  private final OnecSettings settings;
  private final Infobase infobase = new Infobase();
  private final InfobaseSeeder seeder = new InfobaseSeeder(infobase);
  private final ReceiptGenerator generator = new ReceiptGenerator(infobase);
  private final OnecKnobs knobs = new OnecKnobs();
  private final RequestLog log = new RequestLog();
  private final BasicCredentials credentials;
  private final OnecDispatcher dispatcher;
  private final MockWebServer server = new MockWebServer();

  /** Seeds the infobase and starts serving. */
  public OnecEngine(OnecSettings settings) {
    this.settings = settings;
    this.credentials = new BasicCredentials(settings.user(), settings.password());
    seeder.seedProperties(settings.receiptProperties());
    if (settings.demoMonth() != null) {
      DemoMonth.seed(infobase, seeder, settings.demoMonth());
    }
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    try {
      server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), settings.port());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind 127.0.0.1:" + settings.port(), e);
    }
    // The router needs the bound port for its URLs, so the dispatcher is set once the server listens.
    this.dispatcher = new OnecDispatcher(settings, credentials, router(), knobs, log, this::forgetRecordedRequest);
    server.setDispatcher(dispatcher);
  }

  private ODataRouter router() {
    Map<String, EntitySource> sources = Map.of(
        OnecNames.ORGANIZATIONS, new CatalogSource(infobase.organizations()),
        OnecNames.COUNTERPARTIES, new CatalogSource(infobase.counterparties()),
        OnecNames.NATURAL_PERSONS, new CatalogSource(infobase.naturalPersons()),
        OnecNames.PROPERTIES, new CatalogSource(infobase.properties()),
        OnecNames.BANK_RECEIPTS, new BankReceiptSource(infobase.bankReceipts()),
        OnecNames.BANK_RECEIPT_DECODING, new DecodingRowSource(infobase.bankReceipts()),
        OnecNames.ADDITIONAL_INFO, new AdditionalInfoSource(infobase.additionalInfo()));
    InfobaseNavigator navigator = new InfobaseNavigator(infobase);
    Renderer renderer = new Renderer(serviceRoot(), new Projector(infobase.composition(), navigator));
    EntityLookup lookup = new EntityLookup(infobase);
    return new ODataRouter(infobase.composition(),
        new ReadHandler(sources, lookup, renderer, navigator, infobase.composition(), settings.countBom()),
        new ObjectWriteHandler(infobase, seeder, renderer),
        new RegisterWriteHandler(infobase, lookup, renderer, settings.registerPostStatus()),
        new ActionHandler(infobase));
  }

  private void forgetRecordedRequest() {
    try {
      server.takeRequest(0, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The bound port. */
  public int port() {
    return server.getPort();
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

  /** Fault injection. */
  public OnecKnobs knobs() {
    return knobs;
  }

  /** The request log. */
  public RequestLog log() {
    return log;
  }

  /** Requests received so far. */
  public int requestCount() {
    return dispatcher.requestCount();
  }

  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
