package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.internal.CommandLineOptions;
import io.github.receiptbridge.sandbox.internal.FiscalData;
import io.github.receiptbridge.sandbox.internal.SandboxEngine;
import io.github.receiptbridge.sandbox.internal.SandboxSettings;
import io.github.receiptbridge.sandbox.internal.StoredReceipt;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A faithful local simulator of the «Счетмаш Онлайн» HTTP API v1 on 127.0.0.1: token, register (normal and
 * correction receipts) and report, with the 2019 server's codes, exact Russian texts, key order, validation
 * order, PHP {@code empty} semantics, backslash-u escaped JSON, HTML 404/500 pages and 405 answers,
 * plus a background worker that fiscalizes receipts with fake data. It shares no code with the SDK: every
 * answer is built here from Jackson trees.
 *
 * <pre>{@code
 * try (SchetmashSandbox sandbox = SchetmashSandbox.start()) {
 *     String base = sandbox.baseUrl();             // http://127.0.0.1:<port>/lk/api/v1/
 *     // POST base + "token" with {"login":"test_api","password":"123456"} ...
 *     sandbox.awaitProcessed(Duration.ofSeconds(5));
 *     assert sandbox.receipts().get(0).reportedStatus().equals("success");
 * }
 * }</pre>
 *
 * <p>Differences from the 2019 server, on purpose: the tax whitelist also accepts {@code vat22} and
 * {@code vat122} unless {@link Builder#strictTaxWhitelist2019(boolean)}; corrections complete like normal
 * receipts unless {@link Builder#correctionsNeverComplete(boolean)}; no callbacks are sent (receipts wait in
 * status 3 until a report reads them, which then moves them to 4).
 *
 * <p>The simulator's own inspection route, which does not exist on the real service:
 * {@code GET http://127.0.0.1:<port>/sandbox/receipts} (no token) answers 200
 * {@code application/json; charset=utf-8} with every stored receipt in id order, e.g.
 * {@code [{"id":1,"shop_id":42,"external_id":"1c-7","operation":"sell","status":"success","total":"1234.50"}]},
 * where {@code status} is {@link SchetmashSandboxReceipt#reportedStatus()} and {@code total} the stored sum as a decimal
 * string; it lets a test check a simulator that runs in another process. Of the {@link SchetmashBehavior} knobs only
 * the latency applies to it, and reading it changes nothing (no status 3 → 4 move); it counts as a request in
 * {@link #requestCount()}.
 *
 * <p>All methods are thread-safe. Arguments and results are non-null unless documented otherwise.
 */
public final class SchetmashSandbox implements AutoCloseable {
  private static final Set<Integer> KNOWN_STATUSES = Set.of(1, 2, 3, 4, 5, 6, 200);

  private final SandboxEngine engine;
  private final SchetmashBehavior behavior;

  private SchetmashSandbox(SandboxSettings settings) {
    this.engine = new SandboxEngine(settings);
    this.behavior = new SchetmashBehavior(engine.knobs());
  }

  /**
   * A builder with the defaults of {@link #start()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a sandbox on any free port with login {@code test_api}, password {@code 123456}, shop 42 with
   * an active cash register and processing delay 0.
   *
   * @return the running sandbox
   */
  public static SchetmashSandbox start() {
    return builder().start();
  }

  /**
   * The API base URL, with a trailing slash.
   *
   * @return {@code http://127.0.0.1:<port>/lk/api/v1/}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/lk/api/v1/";
  }

  /**
   * The bound port, also while offline.
   *
   * @return the port on 127.0.0.1
   */
  public int port() {
    return engine.port();
  }

  /**
   * The API login.
   *
   * @return the login the token endpoint accepts
   */
  public String login() {
    return engine.settings().login();
  }

  /**
   * The API password.
   *
   * @return the password the token endpoint accepts
   */
  public String password() {
    return engine.settings().password();
  }

  /**
   * The default shop: the first one configured, 42 unless configured otherwise.
   *
   * @return the shop id
   */
  public long shopId() {
    return engine.settings().defaultShopId();
  }

  /**
   * Live fault-injection knobs.
   *
   * @return the behaviour of this sandbox
   */
  public SchetmashBehavior behavior() {
    return behavior;
  }

  /**
   * Makes the currently issued token expired as of now: API calls with it get code 4 "Используется старый
   * токен", and the next token request issues a new token with code 3. No-op before the first token.
   */
  public void expireToken() {
    engine.tokens().expireNow();
  }

  /**
   * Simulates another process requesting a token in the last hour: issues a new 24 h token now and
   * invalidates the old one immediately.
   *
   * @return the new token
   */
  public String rotateToken() {
    return engine.tokens().rotate();
  }

  /**
   * Every token this sandbox ever issued (on a token request) or rotated to, oldest first, so that a
   * security test can check that none of them leaked, e.g. into logs.
   *
   * @return an unmodifiable copy, empty before the first token
   */
  public List<String> issuedTokens() {
    return engine.tokens().issued();
  }

  /**
   * Stops listening, as a service that is down would: new connections to {@link #port()} are refused
   * ({@link java.net.ConnectException}) and open keep-alive connections are closed. All state is kept:
   * receipts (the worker keeps processing them), tokens, shops and behaviour knobs. A no-op while offline.
   *
   * @throws java.io.UncheckedIOException when requests in progress do not finish within 5 seconds (the
   *                                      port is closed all the same)
   */
  public void goOffline() {
    engine.goOffline();
  }

  /**
   * Listens again on the same port of 127.0.0.1, with the same state. A no-op while online.
   *
   * @throws IllegalStateException        after {@link #close()}
   * @throws java.io.UncheckedIOException when another process has taken the port meanwhile (the sandbox
   *                                      stays offline)
   */
  public void goOnline() {
    engine.goOnline();
  }

  /**
   * Whether the sandbox is listening.
   *
   * @return false between {@link #goOffline()} and {@link #goOnline()}, and after {@link #close()}
   */
  public boolean online() {
    return engine.online();
  }

  /**
   * Adds a shop or changes whether it has an active cash register (without one, register and report on
   * it answer code 7).
   *
   * @param shopId    the shop
   * @param activeKkt whether it has an enabled, fiscalized cash register
   */
  public void setShop(long shopId, boolean activeKkt) {
    engine.shops().put(shopId, activeKkt);
  }

  /**
   * Snapshots of all stored receipts.
   *
   * @return receipts in id order
   */
  public List<SchetmashSandboxReceipt> receipts() {
    return engine.store().all().stream().map(StoredReceipt::snapshot).collect(Collectors.toList());
  }

  /**
   * Snapshots of the receipts of one shop with one external id (at most one, the key is unique).
   *
   * @param shopId     the shop
   * @param externalId the external id in its stored string form
   * @return the matching receipts
   */
  public List<SchetmashSandboxReceipt> receiptsByExternalId(long shopId, String externalId) {
    Objects.requireNonNull(externalId, "externalId");
    return engine.store().find(shopId, externalId).map(StoredReceipt::snapshot).stream()
        .collect(Collectors.toList());
  }

  /**
   * A snapshot of one receipt.
   *
   * @param id the receipt id
   * @return the receipt, or empty when unknown
   */
  public Optional<SchetmashSandboxReceipt> receipt(long id) {
    return engine.store().byId(id).map(StoredReceipt::snapshot);
  }

  /**
   * HTTP requests served so far, including dropped and 500 ones.
   *
   * @return the count
   */
  public int requestCount() {
    return engine.requestCount();
  }

  /**
   * Waits until the background worker has no receipt left to move.
   *
   * @param timeout how long to wait at most
   * @throws IllegalStateException when receipts are still pending after {@code timeout}, or on interrupt
   */
  public void awaitProcessed(Duration timeout) {
    try {
      engine.worker().awaitIdle(timeout);
    } catch (TimeoutException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the worker", e);
    }
  }

  /**
   * Admin edit (the real service has an editor for this): sets a receipt's internal status and error text
   * and cancels whatever the worker still had planned for it. Setting 3 or 4 on a receipt without fiscal
   * data prints it first, so that its report succeeds; 5, 6 and 200 without an error text and without
   * fiscal data make the report crash with an HTML 500 page, as on the server.
   *
   * @param id               the receipt id
   * @param internalStatus   1, 2, 3, 4, 5, 6 or 200
   * @param errorTextOrNull  the error text; {@code null}, "" and "0" mean none
   * @throws IllegalArgumentException for an unknown id or status
   */
  public void setState(long id, int internalStatus, String errorTextOrNull) {
    if (!KNOWN_STATUSES.contains(internalStatus)) {
      throw new IllegalArgumentException("unknown internal status " + internalStatus);
    }
    StoredReceipt receipt = engine.store().byId(id)
        .orElseThrow(() -> new IllegalArgumentException("no receipt with id " + id));
    boolean needsPrint = (internalStatus == StoredReceipt.SEND_CLIENT || internalStatus == StoredReceipt.SUCCESS)
        && receipt.state().fiscalData() == null;
    FiscalData fiscal = needsPrint ? engine.cashRegister().print(receipt) : null;
    receipt.adminSet(internalStatus, errorTextOrNull, fiscal);
  }

  /** Stops the server and the worker; works online and offline. */
  @Override
  public void close() {
    engine.close();
  }

  /**
   * Runs a sandbox until the process is killed. Options: {@code --port N} (0 = any), {@code --login L},
   * {@code --password P}, {@code --shop-id N}, {@code --processing-delay D} (e.g. {@code PT5S}, {@code 5s},
   * {@code 500ms}). Prints the base URL and the credentials.
   *
   * @param args command line
   */
  public static void main(String[] args) {
    CommandLineOptions options;
    try {
      options = CommandLineOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(CommandLineOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(CommandLineOptions.USAGE);
      return;
    }
    SchetmashSandbox sandbox = launch(options, System.out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "schetmash-sandbox-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts a sandbox as {@link #main} does and prints its base URL and credentials to {@code out}. */
  static SchetmashSandbox launch(CommandLineOptions options, java.io.PrintStream out) {
    SchetmashSandbox sandbox = builder()
        .port(options.port())
        .login(options.login())
        .password(options.password())
        .shop(options.shopId(), true)
        .processingDelay(options.processingDelay())
        .start();
    out.println("Schetmash sandbox listening on " + sandbox.baseUrl());
    out.println("login=" + sandbox.login() + " password=" + sandbox.password()
        + " shop=" + sandbox.shopId() + " processing-delay=" + options.processingDelay());
    out.flush();
    return sandbox;
  }

  /** Configures and starts a {@link SchetmashSandbox}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private int port;
    private String login = "test_api";
    private String password = "123456";
    private final Map<Long, Boolean> shops = new LinkedHashMap<>();
    private Duration processingDelay = Duration.ZERO;
    private Clock clock = Clock.system(ZoneId.of("Europe/Moscow"));
    private boolean strictTaxWhitelist2019;
    private boolean numbersAsStrings = true;
    private boolean legacyReceiptDatetime;
    private boolean correctionsNeverComplete;
    private boolean mysqlLikeExternalIds;

    private Builder() {
    }

    /**
     * The port on 127.0.0.1 (default 0: any free port).
     *
     * @param port 0 to 65535
     * @return this
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The API login (default {@code test_api}). Matching ignores trailing spaces, as MySQL does.
     *
     * @param login a login that PHP does not consider empty
     * @return this
     */
    public Builder login(String login) {
      this.login = requireUsable(login, "login");
      return this;
    }

    /**
     * The API password (default {@code 123456}).
     *
     * @param password a password that PHP does not consider empty
     * @return this
     */
    public Builder password(String password) {
      this.password = requireUsable(password, "password");
      return this;
    }

    /**
     * Adds a shop; the first shop added is the default one. Without any, shop 42 with an active cash
     * register exists.
     *
     * @param shopId    the shop id
     * @param activeKkt whether it has an enabled, fiscalized cash register (else code 7)
     * @return this
     */
    public Builder shop(long shopId, boolean activeKkt) {
      shops.put(shopId, activeKkt);
      return this;
    }

    /**
     * How long until a receipt reaches its final state (default 0: immediately, but still done by the
     * worker thread, asynchronously).
     *
     * @param processingDelay non-negative duration
     * @return this
     */
    public Builder processingDelay(Duration processingDelay) {
      Objects.requireNonNull(processingDelay, "processingDelay");
      if (processingDelay.isNegative()) {
        throw new IllegalArgumentException("processingDelay must not be negative");
      }
      this.processingDelay = processingDelay;
      return this;
    }

    /**
     * The clock for token lifetimes (24 h, renewal in the last hour) and all timestamps; its zone is the
     * cash register's and the server's (default: system clock in Europe/Moscow).
     *
     * @param clock the clock
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Restores the 2019 whitelist {@code none vat0 vat10 vat18 vat20 vat110 vat118}; by default
     * {@code vat22} and {@code vat122} are accepted too.
     *
     * @param strict true for the 2019 whitelist
     * @return this
     */
    public Builder strictTaxWhitelist2019(boolean strict) {
      this.strictTaxWhitelist2019 = strict;
      return this;
    }

    /**
     * Report {@code total} ("249.00") and {@code fiscal_document_attribute} as strings, as read from
     * the database (default true), or as numbers (249, 3906843070) as in the 2018 sample.
     *
     * @param asStrings true for strings
     * @return this
     */
    public Builder numbersAsStrings(boolean asStrings) {
      this.numbersAsStrings = asStrings;
      return this;
    }

    /**
     * 2018 style: {@code receipt_datetime} as {@code "d MMM yyyy HH:mm:ss +0300"} and no {@code qr}
     * (default false: {@code "dd.MM.yyyy HH:mm:ss"} and a {@code qr} query string).
     *
     * @param legacy true for the 2018 style
     * @return this
     */
    public Builder legacyReceiptDatetime(boolean legacy) {
      this.legacyReceiptDatetime = legacy;
      return this;
    }

    /**
     * Mimic the 2019 snapshot, whose worker crashes on corrections: they are accepted, marked in flight
     * (status 200) and never complete, and their report is an HTML 500 page. Default false: corrections
     * complete like normal receipts.
     *
     * @param neverComplete true for the snapshot behaviour
     * @return this
     */
    public Builder correctionsNeverComplete(boolean neverComplete) {
      this.correctionsNeverComplete = neverComplete;
      return this;
    }

    /**
     * Compare external ids like MySQL's utf8 collation, ignoring case and trailing spaces (default false:
     * exact comparison).
     *
     * @param mysqlLike true for collation-like comparison
     * @return this
     */
    public Builder mysqlLikeExternalIds(boolean mysqlLike) {
      this.mysqlLikeExternalIds = mysqlLike;
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @return the running sandbox
     * @throws java.io.UncheckedIOException when the port cannot be bound
     */
    public SchetmashSandbox start() {
      Map<Long, Boolean> configured = new LinkedHashMap<>(shops);
      if (configured.isEmpty()) {
        configured.put(42L, true);
      }
      return new SchetmashSandbox(new SandboxSettings(port, login, password, configured, processingDelay,
          clock, strictTaxWhitelist2019, numbersAsStrings, legacyReceiptDatetime,
          correctionsNeverComplete, mysqlLikeExternalIds));
    }

    private static String requireUsable(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isEmpty() || "0".equals(value)) {
        throw new IllegalArgumentException(name + " would be empty() in PHP and could never log in");
      }
      return value;
    }
  }
}
