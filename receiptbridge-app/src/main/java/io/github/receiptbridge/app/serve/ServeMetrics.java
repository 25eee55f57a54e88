package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.ReceiptStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The service's metrics in Micrometer's Prometheus registry: per organization the receipts sent, documents skipped by
 * reason, failed by kind, pending, overdue, mismatched (as the last audit found), receipts in {@code error}, possible
 * duplicates, and the time each kind of pass last finished; pass durations; HTTP request latency per service (through
 * {@link #httpTimer}); JVM memory and threads. Metric names start with {@code receiptbridge_}.
 */
final class ServeMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<List<String>, AtomicLong> gauges = new ConcurrentHashMap<>();

  ServeMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
  }

  /** The metrics in the Prometheus text format. */
  String scrape() {
    return registry.scrape();
  }

  /** Starts the gauges of {@code organization} at zero, so they show before its first pass. */
  void register(String organization) {
    for (String name : List.of("pending", "overdue", "mismatches", "errors", "possible.duplicates")) {
      gauge("receiptbridge.documents." + name, organization);
    }
    Counter.builder("receiptbridge.receipts.sent").description("Receipts registered with Счетмаш")
        .tag("organization", organization).register(registry);
  }

  /** Records a pass of {@code kind} that ended with {@code outcome} after {@code duration}. */
  void passEnded(String organization, PassKind kind, PassState outcome, Duration duration) {
    Timer.builder("receiptbridge.pass.duration").description("How long passes take")
        .tag("organization", organization).tag("kind", kind.name().toLowerCase(Locale.ROOT))
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(registry).record(duration);
  }

  /** Counts what {@code report} did and sets the organization's gauges from it. */
  void report(String organization, RunReport report) {
    Counter.builder("receiptbridge.receipts.sent").description("Receipts registered with Счетмаш")
        .tag("organization", organization).register(registry).increment(report.count(Action.SENT));
    for (Action failed : List.of(Action.FAILED, Action.UNKNOWN)) {
      if (report.count(failed) > 0) {
        Counter.builder("receiptbridge.documents.failed").description("Documents a pass could not complete")
            .tag("organization", organization).tag("kind", failed.name().toLowerCase(Locale.ROOT))
            .register(registry).increment(report.count(failed));
      }
    }
    Phase phase = report.phase();
    boolean registers = phase == Phase.REGISTER || phase == Phase.RUN;
    counts(organization, PassCounts.of(report));
    if (registers) {
      Map<String, Long> skipped = new HashMap<>();
      report.outcomes().stream().filter(outcome -> outcome.action() == Action.SKIPPED)
          .forEach(outcome -> skipped.merge(reasonLabel(outcome), 1L, Long::sum));
      gauges.keySet().stream().filter(key -> key.get(0).equals("receiptbridge.documents.skipped")
          && key.get(1).equals(organization)).forEach(key -> gauges.get(key).set(0));
      skipped.forEach((reason, count) -> gauge("receiptbridge.documents.skipped", organization, "reason", reason)
          .set(count));
      gauge("receiptbridge.documents.overdue", organization).set(report.overdue().size());
    }
    if (phase == Phase.STATUS || phase == Phase.RUN) {
      gauge("receiptbridge.documents.pending", organization)
          .set(report.outcomes().stream().filter(ServeMetrics::pending).count());
    }
  }

  /**
   * Sets the gauges {@code counts} has: receipts in {@code error} (after a pass that checked statuses), mismatches
   * (after an audit only: kept until the next audit, a status pass leaves them) and possible duplicates (after a
   * pass that registered).
   */
  void counts(String organization, PassCounts counts) {
    counts.errors().ifPresent(value -> gauge("receiptbridge.documents.errors", organization).set(value));
    counts.mismatches().ifPresent(value -> gauge("receiptbridge.documents.mismatches", organization).set(value));
    counts.possibleDuplicates().ifPresent(value -> gauge("receiptbridge.documents.possible.duplicates", organization)
        .set(value));
  }

  /** A pass of {@code kind} of {@code organization} finished at {@code at}: the time of its last success. */
  void succeeded(String organization, PassKind kind, Instant at) {
    gauge("receiptbridge.pass.last.success.timestamp.seconds", organization, "kind",
        kind.name().toLowerCase(Locale.ROOT)).set(at.getEpochSecond());
  }

  /** Sets the gauges of {@code organization} to what they showed before the restart. */
  void restore(String organization, StoredGauges stored) {
    counts(organization, new PassCounts(stored.errors().orElse(OptionalLong.empty()),
        stored.mismatches().orElse(OptionalLong.empty()), stored.possibleDuplicates().orElse(OptionalLong.empty())));
    stored.lastSuccess().forEach((kind, at) -> succeeded(organization, kind, at));
  }

  /** An OkHttp interceptor that times every request to {@code service} ({@code onec} or {@code schetmash}). */
  Interceptor httpTimer(String service) {
    Timer.Builder timer = Timer.builder("receiptbridge.http.requests").description("HTTP requests to the services")
        .tag("service", service);
    return chain -> {
      long start = System.nanoTime();
      String outcome = "io_error";
      try {
        Response response = chain.proceed(chain.request());
        outcome = response.code() / 100 + "xx";
        return response;
      } catch (IOException | RuntimeException e) {
        throw e;
      } finally {
        timer.tag("outcome", outcome).register(registry).record(Duration.ofNanos(System.nanoTime() - start));
      }
    };
  }

  /** Heap still in use after a full garbage collection, in bytes: what the process retains, for the stop report. */
  static long heapRetained() {
    System.gc(); // once at start and once at stop, so the two numbers compare what is kept, not garbage
    return heapUsed();
  }

  /** Heap in use now, in bytes. */
  static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The gauge {@code name} of {@code organization}, with no other tag. */
  private AtomicLong gauge(String name, String organization) {
    return gauge(name, organization, "", "");
  }

  /** The gauge {@code name} of {@code organization} and {@code tag}={@code value} (no tag when empty). */
  private AtomicLong gauge(String name, String organization, String tag, String value) {
    List<String> key = List.of(name, organization, tag, value);
    return gauges.computeIfAbsent(key, ignored -> {
      AtomicLong holder = new AtomicLong();
      Gauge.Builder<AtomicLong> gauge = Gauge.builder(name, holder, AtomicLong::get)
          .tag("organization", organization);
      if (!tag.isEmpty()) {
        gauge.tag(tag, value);
      }
      gauge.register(registry);
      return holder;
    });
  }

  /** A receipt accepted or processing: sent, not final yet. */
  private static boolean pending(DocumentOutcome outcome) {
    return outcome.receiptId().isPresent() && outcome.status().map(ReceiptStatus::isInFlight).orElse(true);
  }

  /** A skip's reason label: its {@link io.github.receiptbridge.core.ReasonCode}, so the label set is fixed. */
  static String reasonLabel(DocumentOutcome outcome) {
    return outcome.reasonCode().map(ReasonCode::code).orElse("UNKNOWN");
  }
}
