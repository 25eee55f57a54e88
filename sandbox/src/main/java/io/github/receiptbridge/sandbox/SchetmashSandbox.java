package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.internal.schetmash.SchetmashCommandLine;
import io.github.receiptbridge.sandbox.internal.schetmash.SchetmashEngine;
import io.github.receiptbridge.sandbox.internal.schetmash.SchetmashLauncher;
import io.github.receiptbridge.sandbox.internal.schetmash.SchetmashSettings;
import io.github.receiptbridge.sandbox.internal.server.SimulatorMain;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

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
 * {@code vat122} unless {@link SchetmashSandboxBuilder#strictTaxWhitelist2019(boolean)}; corrections complete like
 * normal receipts unless {@link SchetmashSandboxBuilder#correctionsNeverComplete(boolean)}; no callbacks are sent
 * (receipts wait in status 3 until a report reads them, which then moves them to 4).
 *
 * <p>The simulator's own inspection route, which does not exist on the real service:
 * {@code GET http://127.0.0.1:<port>/sandbox/receipts} (no token) answers 200 {@code application/json; charset=utf-8}
 * with every stored receipt in id order, e.g. {@code
 * [{"id":1,"shop_id":42,"external_id":"1c-7","operation":"sell","status":"success","total":"1234.50"}]}, where {@code
 * status} is {@link SchetmashSandboxReceipt#reportedStatus()} and {@code total} the stored sum as a decimal string; it
 * lets a test check a simulator that runs in another process. Of the {@link SchetmashBehavior} knobs only the latency
 * applies to it, and reading it changes nothing (no status 3 → 4 move); it counts as a request in {@link
 * #requestCount()}.
 *
 * <p>All methods are thread-safe. Arguments and results are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
public final class SchetmashSandbox implements AutoCloseable {
  private final SchetmashBehavior behavior = new SchetmashBehavior();
  private final SchetmashEngine engine;

  SchetmashSandbox(SchetmashSettings settings) {
    this.engine = new SchetmashEngine(settings, behavior.faults());
  }

  /**
   * A builder with the defaults of {@link #start()}.
   *
   * @return a new builder
   */
  public static SchetmashSandboxBuilder builder() {
    return new SchetmashSandboxBuilder();
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
   * The settings a client needs to talk to this simulator, under the client's own setting names, in this order:
   * {@code SCHETMASH_URL} ({@link #baseUrl()}), {@code SCHETMASH_LOGIN}, {@code SCHETMASH_PASSWORD} and
   * {@code SCHETMASH_SHOP_ID} (the default shop).
   *
   * @return an unmodifiable, ordered map
   */
  public Map<String, String> clientSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("SCHETMASH_URL", baseUrl());
    settings.put("SCHETMASH_LOGIN", login());
    settings.put("SCHETMASH_PASSWORD", password());
    settings.put("SCHETMASH_SHOP_ID", Long.toString(shopId()));
    return Collections.unmodifiableMap(settings);
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
   * <pre>{@code
   * sandbox.setShop(41, CashRegister.NONE); // register and report on shop 41 now answer code 7
   * }</pre>
   *
   * @param shopId       the shop
   * @param cashRegister {@link CashRegister#ACTIVE} for an enabled, fiscalized cash register, else
   *                     {@link CashRegister#NONE}
   */
  public void setShop(long shopId, CashRegister cashRegister) {
    engine.setShop(shopId, Objects.requireNonNull(cashRegister, "cashRegister") == CashRegister.ACTIVE);
  }

  /**
   * Snapshots of all stored receipts.
   *
   * @return receipts in id order
   */
  public List<SchetmashSandboxReceipt> receipts() {
    return engine.receipts();
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
    return engine.receiptsByExternalId(shopId, externalId);
  }

  /**
   * A snapshot of one receipt.
   *
   * @param id the receipt id
   * @return the receipt, or empty when unknown
   */
  public Optional<SchetmashSandboxReceipt> receipt(long id) {
    return engine.receipt(id);
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
      engine.awaitProcessed(timeout);
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
  public void setState(long id, int internalStatus, @Nullable String errorTextOrNull) {
    engine.setState(id, internalStatus, errorTextOrNull);
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
    SimulatorMain.run(args, SchetmashCommandLine::parse, SchetmashCommandLine.USAGE, SchetmashLauncher::launch,
        "schetmash-sandbox-shutdown");
  }
}
