package io.github.receiptbridge.app.common.service;

import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.OnecSandboxBuilder;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Both simulators on 127.0.0.1 with demo data: the Счетмаш sandbox fiscalizes after a short delay, the 1C sandbox
 * holds «УК Ромашка» (ИНН 7701234567) and «ТСЖ Лесное» (ИНН 5003012345) with about 150 bank receipts a month each,
 * by default for the whole previous month and the current month through today, so the app's default period always
 * shows a full month with every kind of awkward document; or for one fixed month. The
 * {@code sandbox} command and the in-process mode start them the same way, and both hand their address and
 * credentials on as the ordinary configuration keys, so the app talks to them exactly as to real services.
 */
public final class DemoSandboxes implements AutoCloseable {
  /** The organization the app works on by default on the sandbox: «УК Ромашка». */
  public static final String DEMO_ORGANIZATION = "7701234567";
  /** The zone of both simulators' clocks and of the demo documents. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
  /** How long the Счетмаш sandbox takes to fiscalize a receipt, unless told otherwise. */
  public static final Duration DEFAULT_PROCESSING_DELAY = Duration.ofMillis(200);

  private final SchetmashSandbox schetmash;
  private final OnecSandbox onec;
  private final LocalDate from;
  private final LocalDate through;

  private DemoSandboxes(SchetmashSandbox schetmash, OnecSandbox onec, LocalDate from, LocalDate through) {
    this.schetmash = schetmash;
    this.onec = onec;
    this.from = from;
    this.through = through;
  }

  /**
   * Starts both simulators with the default processing delay and the demo data through today in {@link #ZONE}: the
   * whole previous month and the current month so far.
   */
  public static DemoSandboxes startForToday(Clock clock) {
    return startThrough(LocalDate.now(clock.withZone(ZONE)), DEFAULT_PROCESSING_DELAY);
  }

  /**
   * Starts both simulators on free ports of 127.0.0.1 with the demo data of the whole month before {@code today}'s
   * and of {@code today}'s month through {@code today}.
   *
   * @param today the last day of the demo data
   * @param processingDelay how long Счетмаш takes to fiscalize a receipt
   */
  public static DemoSandboxes startThrough(LocalDate today, Duration processingDelay) {
    Objects.requireNonNull(today, "today");
    return start(OnecSandbox.builder().demoThrough(today), today.minusMonths(1).withDayOfMonth(1), today,
        processingDelay);
  }

  /**
   * Starts both simulators on free ports of 127.0.0.1 with the demo data of one fixed month, the same on any date.
   *
   * @param month the demo month seeded into 1C
   * @param processingDelay how long Счетмаш takes to fiscalize a receipt
   */
  public static DemoSandboxes start(YearMonth month, Duration processingDelay) {
    Objects.requireNonNull(month, "month");
    return start(OnecSandbox.builder().demo(month), month.atDay(1), month.atEndOfMonth(), processingDelay);
  }

  private static DemoSandboxes start(OnecSandboxBuilder onecBuilder, LocalDate from, LocalDate through,
      Duration processingDelay) {
    SchetmashSandbox schetmash = SchetmashSandbox.builder().processingDelay(processingDelay).start();
    try {
      return new DemoSandboxes(schetmash, onecBuilder.start(), from, through);
    } catch (RuntimeException e) {
      schetmash.close();
      throw e;
    }
  }

  /** The first day of the demo data. */
  public LocalDate from() {
    return from;
  }

  /** The last day of the demo data. */
  public LocalDate through() {
    return through;
  }

  /** The Счетмаш simulator (for counting requests). */
  public SchetmashSandbox schetmash() {
    return schetmash;
  }

  /** The 1C simulator. */
  public OnecSandbox onec() {
    return onec;
  }

  /**
   * The connection keys that point the app at these simulators: each simulator's own client settings, with the demo
   * documents' zone ({@link #ZONE}) as {@code ONEC_TIMEZONE}.
   */
  public Map<ConfigKey, String> connectionSettings() {
    Map<ConfigKey, String> settings = new EnumMap<>(ConfigKey.class);
    schetmash.clientSettings().forEach((key, value) -> settings.put(ConfigKey.valueOf(key), value));
    onec.clientSettings().forEach((key, value) -> settings.put(ConfigKey.valueOf(key), value));
    settings.put(ConfigKey.ONEC_TIMEZONE, ZONE.getId());
    return settings;
  }

  /** The same settings as ready-to-paste shell lines: {@code export SCHETMASH_URL='http://127.0.0.1:…'}. */
  public List<String> exportLines() {
    List<String> lines = new ArrayList<>();
    connectionSettings().forEach((key, value) -> lines.add("export " + key + "=" + shellQuoted(value)));
    return lines;
  }

  /** One line on what the demo holds. */
  public String describe() {
    return "demo data " + from + ".." + through + ": «УК Ромашка» ИНН " + DEMO_ORGANIZATION
        + " and «ТСЖ Лесное» ИНН 5003012345, about 150 bank receipts a month each";
  }

  private static String shellQuoted(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /** Stops both simulators. */
  @Override
  public void close() {
    try {
      onec.close();
    } finally {
      schetmash.close();
    }
  }
}
