package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.internal.schetmash.SchetmashCommandLine;
import io.github.receiptbridge.sandbox.internal.schetmash.SchetmashSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Configures and starts a {@link SchetmashSandbox}; from {@link SchetmashSandbox#builder()}. Not thread-safe; use
 * from one thread.
 *
 * @since 0.1.0
 */
public final class SchetmashSandboxBuilder {
  private int port;
  private String login = SchetmashCommandLine.DEFAULT_LOGIN;
  private String password = SchetmashCommandLine.DEFAULT_PASSWORD;
  private final Map<Long, Boolean> shops = new LinkedHashMap<>();
  private Duration processingDelay = Duration.ZERO;
  private Clock clock = Clock.system(ZoneId.of("Europe/Moscow"));
  private boolean strictTaxWhitelist2019;
  private boolean numbersAsStrings = true;
  private boolean legacyReceiptDatetime;
  private boolean correctionsNeverComplete;
  private boolean mysqlLikeExternalIds;

  SchetmashSandboxBuilder() {
  }

  /**
   * The port on 127.0.0.1 (default 0: any free port).
   *
   * @param port 0 to 65535
   * @return this
   */
  public SchetmashSandboxBuilder port(int port) {
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
  public SchetmashSandboxBuilder login(String login) {
    this.login = requireUsable(login, "login");
    return this;
  }

  /**
   * The API password (default {@code 123456}).
   *
   * @param password a password that PHP does not consider empty
   * @return this
   */
  public SchetmashSandboxBuilder password(String password) {
    this.password = requireUsable(password, "password");
    return this;
  }

  /**
   * Adds a shop; the first shop added is the default one. Without any, shop 42 with an active cash
   * register exists.
   *
   * @param shopId       the shop id
   * @param cashRegister {@link CashRegister#ACTIVE} for an enabled, fiscalized cash register, else
   *                     {@link CashRegister#NONE} (code 7)
   * @return this
   */
  public SchetmashSandboxBuilder shop(long shopId, CashRegister cashRegister) {
    shops.put(shopId, Objects.requireNonNull(cashRegister, "cashRegister") == CashRegister.ACTIVE);
    return this;
  }

  /**
   * How long until a receipt reaches its final state (default 0: immediately, but still done by the
   * worker thread, asynchronously).
   *
   * @param processingDelay non-negative duration
   * @return this
   */
  public SchetmashSandboxBuilder processingDelay(Duration processingDelay) {
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
  public SchetmashSandboxBuilder clock(Clock clock) {
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
  public SchetmashSandboxBuilder strictTaxWhitelist2019(boolean strict) {
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
  public SchetmashSandboxBuilder numbersAsStrings(boolean asStrings) {
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
  public SchetmashSandboxBuilder legacyReceiptDatetime(boolean legacy) {
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
  public SchetmashSandboxBuilder correctionsNeverComplete(boolean neverComplete) {
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
  public SchetmashSandboxBuilder mysqlLikeExternalIds(boolean mysqlLike) {
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
      configured.put(SchetmashCommandLine.DEFAULT_SHOP_ID, true);
    }
    return new SchetmashSandbox(new SchetmashSettings(port, login, password, configured, processingDelay,
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
