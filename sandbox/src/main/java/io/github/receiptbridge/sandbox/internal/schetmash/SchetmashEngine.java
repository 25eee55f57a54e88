package io.github.receiptbridge.sandbox.internal.schetmash;

import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import io.github.receiptbridge.sandbox.internal.schetmash.model.FiscalData;
import io.github.receiptbridge.sandbox.internal.schetmash.store.ReceiptStore;
import io.github.receiptbridge.sandbox.internal.schetmash.store.ShopDirectory;
import io.github.receiptbridge.sandbox.internal.schetmash.store.StoredReceipt;
import io.github.receiptbridge.sandbox.internal.schetmash.store.TokenStore;
import io.github.receiptbridge.sandbox.internal.schetmash.wire.ReportRenderer;
import io.github.receiptbridge.sandbox.internal.server.LoopbackServer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Wires the Счетмаш simulator together and owns its listening side, bound to 127.0.0.1 only, which can go offline
 * and online again without losing any state. What {@link io.github.receiptbridge.sandbox.SchetmashSandbox} offers is
 * done here on the simulator's own types.
 */
public final class SchetmashEngine implements AutoCloseable {
  private static final Set<Integer> KNOWN_STATUSES = Set.of(StoredReceipt.ACCEPT, StoredReceipt.PREPARE,
      StoredReceipt.SEND_CLIENT, StoredReceipt.SUCCESS, StoredReceipt.PRINT_PROCESS, StoredReceipt.ERROR_PRINT,
      StoredReceipt.IN_FLIGHT);

  private final SchetmashSettings settings;
  private final TokenStore tokens;
  private final ShopDirectory shops;
  private final ReceiptStore store;
  private final FakeCashRegister cashRegister;
  private final ProcessingWorker worker;
  private final LoopbackServer server;

  /**
   * Builds the simulator and starts serving.
   *
   * @param settings what it is started with
   * @param faults   the faults to inject, read on every request
   * @throws UncheckedIOException when the port cannot be bound
   */
  public SchetmashEngine(SchetmashSettings settings, SchetmashFaults faults) {
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
    SchetmashDispatcher dispatcher = new SchetmashDispatcher(
        new TokenEndpoint(settings.login(), settings.password(), tokens),
        new RegisterEndpoint(gate, store, normal, new CorrectionReceiptValidator(), worker, faults),
        new ReportEndpoint(gate, store,
            new ReportRenderer(settings.clock(), settings.numbersAsStrings(),
                settings.legacyReceiptDatetime())),
        new InspectionEndpoint(store), faults);
    try {
      this.server = new LoopbackServer(settings.port());
    } catch (UncheckedIOException e) {
      worker.close();
      throw e;
    }
    server.dispatchTo(dispatcher);
  }

  /**
   * The bound port, kept while offline.
   *
   * @return the port on 127.0.0.1
   */
  public int port() {
    return server.port();
  }

  /**
   * Whether the port is listening.
   *
   * @return false while offline
   */
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

  /**
   * Start-up settings.
   *
   * @return the settings
   */
  public SchetmashSettings settings() {
    return settings;
  }

  /**
   * Token state.
   *
   * @return the single API key row
   */
  public TokenStore tokens() {
    return tokens;
  }

  /**
   * Adds a shop or changes whether it has an active cash register.
   *
   * @param shopId    the shop
   * @param activeKkt whether it has an enabled, fiscalized cash register
   */
  public void setShop(long shopId, boolean activeKkt) {
    shops.put(shopId, activeKkt);
  }

  /**
   * Snapshots of all stored receipts.
   *
   * @return receipts in id order
   */
  public List<SchetmashSandboxReceipt> receipts() {
    return store.all().stream().map(StoredReceipt::snapshot).collect(Collectors.toList());
  }

  /**
   * Snapshots of the receipts of one shop with one external id.
   *
   * @param shopId     the shop
   * @param externalId the external id in its stored string form
   * @return at most one receipt, the key is unique
   */
  public List<SchetmashSandboxReceipt> receiptsByExternalId(long shopId, String externalId) {
    return store.find(shopId, externalId).map(StoredReceipt::snapshot).stream().collect(Collectors.toList());
  }

  /**
   * A snapshot of one receipt.
   *
   * @param id the receipt id
   * @return the receipt, or empty when unknown
   */
  public Optional<SchetmashSandboxReceipt> receipt(long id) {
    return store.byId(id).map(StoredReceipt::snapshot);
  }

  /**
   * Admin edit: sets a receipt's internal status and error text and cancels what the worker still had planned for
   * it; status 3 or 4 on a receipt without fiscal data prints it first.
   *
   * @param id             the receipt id
   * @param internalStatus 1, 2, 3, 4, 5, 6 or 200
   * @param errorText      the error text; {@code null}, "" and "0" mean none
   * @throws IllegalArgumentException for an unknown id or status
   */
  public void setState(long id, int internalStatus, @Nullable String errorText) {
    if (!KNOWN_STATUSES.contains(internalStatus)) {
      throw new IllegalArgumentException("unknown internal status " + internalStatus);
    }
    StoredReceipt receipt = store.byId(id)
        .orElseThrow(() -> new IllegalArgumentException("no receipt with id " + id));
    boolean needsPrint = (internalStatus == StoredReceipt.SEND_CLIENT || internalStatus == StoredReceipt.SUCCESS)
        && receipt.state().fiscalData() == null;
    FiscalData fiscal = needsPrint ? cashRegister.print(receipt) : null;
    receipt.adminSet(internalStatus, errorText, fiscal);
  }

  /**
   * Waits until the background worker has no receipt left to move.
   *
   * @param timeout how long to wait at most
   * @throws TimeoutException     when receipts are still pending after {@code timeout}
   * @throws InterruptedException when interrupted
   */
  public void awaitProcessed(Duration timeout) throws InterruptedException, TimeoutException {
    worker.awaitIdle(timeout);
  }

  /**
   * Requests served so far.
   *
   * @return the count, including dropped and failed ones
   */
  public int requestCount() {
    return server.requestCount();
  }

  /** Stops the worker and the server. */
  @Override
  public void close() {
    worker.close();
    server.close();
  }
}
