package io.github.receiptbridge.sandbox.internal;

import java.io.UncheckedIOException;
import java.util.logging.Level;
import okhttp3.mockwebserver.MockWebServer;

/**
 * Wires the simulator together and owns its listening side, bound to 127.0.0.1 only, which can go offline
 * and online again without losing any state.
 */
public final class SandboxEngine implements AutoCloseable {
  /** Held strongly so the level set below is not lost when the logger is garbage-collected. */
  private static final java.util.logging.Logger MOCK_WEB_SERVER_LOG =
      java.util.logging.Logger.getLogger(MockWebServer.class.getName());

  static {
    // MockWebServer logs every request at INFO to stderr, which costs more than serving it.
    MOCK_WEB_SERVER_LOG.setLevel(Level.WARNING);
  }

  private final SandboxSettings settings;
  private final BehaviorKnobs knobs = new BehaviorKnobs();
  private final TokenStore tokens;
  private final ShopDirectory shops;
  private final ReceiptStore store;
  private final FakeCashRegister cashRegister;
  private final ProcessingWorker worker;
  private final SchetmashDispatcher dispatcher;
  private volatile LoopbackServer server;

  /** Builds and starts a sandbox. */
  public SandboxEngine(SandboxSettings settings) {
    this.settings = settings;
    this.tokens = new TokenStore(settings.clock());
    this.shops = new ShopDirectory(settings.shops());
    this.store = new ReceiptStore(settings.mysqlLikeExternalIds());
    this.cashRegister = new FakeCashRegister(settings.clock());
    this.worker = new ProcessingWorker(cashRegister, settings.processingDelay(),
        settings.correctionsNeverComplete());
    RequestGate gate = new RequestGate(tokens, shops);
    NormalReceiptValidator normal = new NormalReceiptValidator(settings.strictTaxWhitelist2019()
        ? NormalReceiptValidator.TAXES_2019 : NormalReceiptValidator.TAXES_2026);
    this.dispatcher = new SchetmashDispatcher(
        new TokenEndpoint(settings.login(), settings.password(), tokens),
        new RegisterEndpoint(gate, store, normal, new CorrectionReceiptValidator(), worker, knobs),
        new ReportEndpoint(gate, store,
            new ReportRenderer(settings.clock(), settings.numbersAsStrings(),
                settings.legacyReceiptDatetime())),
        new InspectionEndpoint(store), knobs, this::forgetRecordedRequest);
    try {
      this.server = new LoopbackServer(dispatcher, settings.port());
    } catch (UncheckedIOException e) {
      worker.close();
      throw e;
    }
  }

  private void forgetRecordedRequest() {
    LoopbackServer current = server;
    if (current == null) {
      return;
    }
    try {
      current.forgetRecordedRequest();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The bound port, kept while offline. */
  public int port() {
    return server.port();
  }

  /** Whether the port is listening. */
  public boolean online() {
    return server.online();
  }

  /** Closes the listening socket and open connections, keeping all state; a no-op while offline. */
  public void goOffline() {
    server.goOffline();
  }

  /** Listens again on the same port; a no-op while online. */
  public void goOnline() {
    server.goOnline();
  }

  /** Start-up settings. */
  public SandboxSettings settings() {
    return settings;
  }

  /** Fault-injection state. */
  public BehaviorKnobs knobs() {
    return knobs;
  }

  /** Token state. */
  public TokenStore tokens() {
    return tokens;
  }

  /** Shops. */
  public ShopDirectory shops() {
    return shops;
  }

  /** Receipts. */
  public ReceiptStore store() {
    return store;
  }

  /** The fake cash register, for admin edits that need fiscal data. */
  public FakeCashRegister cashRegister() {
    return cashRegister;
  }

  /** The background worker. */
  public ProcessingWorker worker() {
    return worker;
  }

  /** Requests served so far. */
  public int requestCount() {
    return dispatcher.requestCount();
  }

  @Override
  public void close() {
    worker.close();
    server.close();
  }
}
