package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.app.serve.AuditFindings;
import io.github.receiptbridge.app.serve.FillPage;
import io.github.receiptbridge.app.serve.FillQuery;
import io.github.receiptbridge.app.serve.Health;
import io.github.receiptbridge.app.serve.OrganizationHealth;
import io.github.receiptbridge.app.serve.OrganizationView;
import io.github.receiptbridge.app.serve.PassBusyException;
import io.github.receiptbridge.app.serve.PassFailure;
import io.github.receiptbridge.app.serve.PassKind;
import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.PassRequest;
import io.github.receiptbridge.app.serve.PassState;
import io.github.receiptbridge.app.serve.ServiceConsole;
import io.github.receiptbridge.app.serve.UnknownOrganizationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ServiceConsole} in memory, for the console's tests: two organizations with rows the test chooses, passes
 * that run until the test finishes them (or, for the browser, advance each time someone looks at them), a health the
 * test sets. Records what the console asked.
 */
final class FakeServiceConsole implements ServiceConsole {
  static final DateRange DEFAULT_PERIOD = DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 29));
  static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

  private final List<OrganizationView> organizations = List.of(
      new OrganizationView("uk", "УК Ромашка", "7701234567", 101),
      new OrganizationView("tsg", "ТСЖ Лесное", "5003012345", 102));
  private final Map<String, List<FillRow>> rows = new LinkedHashMap<>();
  private final Map<String, List<LateReceipt>> late = new LinkedHashMap<>();
  private final Map<String, List<RefundRow>> refunds = new LinkedHashMap<>();
  private final List<DateRange> latePeriods = new CopyOnWriteArrayList<>();
  private final Map<Long, PassRecord> passes = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final List<String> starts = new CopyOnWriteArrayList<>();
  private final List<FillQuery> queries = new CopyOnWriteArrayList<>();
  private volatile int advanceOnEachLook;
  private volatile @Nullable RuntimeException fillFailure;
  private volatile Health health = new Health(List.of());
  private volatile String metrics = "# HELP receipts_sent_total Receipts sent\n# TYPE receipts_sent_total counter\n"
      + "receipts_sent_total{organization=\"uk\"} 0.0\n";

  FakeServiceConsole() {
    rows.put("uk", demoRows(40, "uk"));
    rows.put("tsg", demoRows(12, "tsg"));
  }

  /** Replaces the rows of organization {@code key}. */
  synchronized FakeServiceConsole withRows(String key, List<FillRow> replacement) {
    rows.put(key, new ArrayList<>(replacement));
    return this;
  }

  /** Sets the refunds of organization {@code key}. */
  synchronized FakeServiceConsole withRefunds(String key, List<RefundRow> rows) {
    refunds.put(key, List.copyOf(rows));
    return this;
  }

  /** Sets the late receipts of organization {@code key}. */
  synchronized FakeServiceConsole withLateReceipts(String key, List<LateReceipt> receipts) {
    late.put(key, List.copyOf(receipts));
    return this;
  }

  /** The periods «Поздние чеки» was asked for. */
  List<DateRange> latePeriods() {
    return latePeriods;
  }

  /** Makes each look at a running pass ({@link #pass}) advance it by {@code documents}, finishing it at the end. */
  FakeServiceConsole advancingOnEachLook(int documents) {
    this.advanceOnEachLook = documents;
    return this;
  }

  /** Makes «Заполнить» fail with {@code failure}. */
  void failFill(RuntimeException failure) {
    this.fillFailure = failure;
  }

  /** Sets the health. */
  void setHealth(Health health) {
    this.health = health;
  }

  /** Sets the metrics text. */
  void setMetrics(String metrics) {
    this.metrics = metrics;
  }

  /** The passes started, as {@code key KIND documents by who}. */
  List<String> starts() {
    return starts;
  }

  /** The queries «Заполнить» was asked. */
  List<FillQuery> queries() {
    return queries;
  }

  /** Moves the running pass {@code id} to {@code done} documents. */
  synchronized void progress(long id, long done) {
    PassRecord pass = passes.get(id);
    passes.put(id, new PassRecord(pass.id(), pass.organizationKey(), pass.kind(), pass.period(), pass.trigger(),
        PassState.RUNNING, pass.startedAt(), Optional.empty(), done, pass.total(), "", Optional.empty(),
        Optional.empty()));
  }

  /**
   * Finishes the running pass {@code id}: «Приход» sends every {@code SEND} row, which then shows {@code success};
   * the others change nothing.
   */
  synchronized PassRecord finish(long id) {
    PassRecord pass = passes.get(id);
    List<FillRow> own = rows.get(pass.organizationKey());
    List<DocumentOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < own.size(); i++) {
      FillRow row = own.get(i);
      Action action = switch (row.action()) {
        case SEND -> pass.kind() == PassKind.REGISTER || pass.kind() == PassKind.REGISTER_AND_STATUS ? Action.SENT
            : Action.SKIPPED;
        case ALREADY_SENT -> pass.kind() == PassKind.STATUS ? Action.UPDATED : Action.ALREADY_SENT;
        case SKIP -> Action.SKIPPED;
      };
      if (action == Action.SENT) {
        row = FillRow.builder().from(row).action(PlannedAction.ALREADY_SENT)
            .savedState(SavedState.builder().rawStatus("success").receiptId(9000L + i)
                .checkedAt(LocalDateTime.of(2026, 11, 29, 12, 0)).build())
            .overdue(false).build();
        own.set(i, row);
      }
      outcomes.add(DocumentOutcome.builder().documentKey(row.documentKey()).number(row.number()).date(row.date())
          .amount(row.amount()).externalId(row.externalId()).receiptId(row.savedState().receiptId())
          .rawStatus(row.savedState().rawStatus()).action(action).reason(row.skipReason()).dueBy(row.dueBy())
          .overdue(row.overdue()).build());
    }
    RunReport report = RunReport.builder().phase(Phase.REGISTER).startedAt(pass.startedAt()).finishedAt(NOW)
        .addAllOutcomes(outcomes).build();
    long sent = report.count(Action.SENT);
    PassRecord finished = new PassRecord(pass.id(), pass.organizationKey(), pass.kind(), pass.period(),
        pass.trigger(), PassState.FINISHED, pass.startedAt(), Optional.of(NOW.plusSeconds(5)), own.size(),
        Optional.of((long) own.size()), "отправлено " + sent + ", пропущено " + report.count(Action.SKIPPED),
        Optional.empty(), Optional.of(report));
    passes.put(id, finished);
    return finished;
  }

  /** Fails the running pass {@code id} with {@code error}. */
  synchronized PassRecord fail(long id, String error) {
    PassRecord pass = passes.get(id);
    PassRecord failed = new PassRecord(pass.id(), pass.organizationKey(), pass.kind(), pass.period(), pass.trigger(),
        PassState.FAILED, pass.startedAt(), Optional.of(NOW.plusSeconds(1)), pass.done(), pass.total(),
        "не выполнен", Optional.of(new PassFailure(PassFailure.Kind.ONEC_UNREACHABLE, error)), Optional.empty());
    passes.put(id, failed);
    return failed;
  }

  @Override
  public List<OrganizationView> organizations() {
    return organizations;
  }

  @Override
  public ZoneId zone() {
    return ZoneId.of("Europe/Moscow");
  }

  @Override
  public DateRange defaultPeriod() {
    return DEFAULT_PERIOD;
  }

  @Override
  public synchronized FillPage fill(String organizationKey, DateRange period, FillQuery query) {
    queries.add(query);
    RuntimeException failure = fillFailure;
    if (failure != null) {
      throw failure;
    }
    List<FillRow> all = own(organizationKey);
    List<FillRow> matching = all.stream()
        .filter(row -> query.status().map(status -> row.savedState().rawStatus().orElse("").equals(status))
            .orElse(true))
        .filter(row -> query.action().map(action -> row.action() == action).orElse(true))
        .toList();
    int pages = Math.max(1, (matching.size() + query.pageSize() - 1) / query.pageSize());
    int from = Math.min(matching.size(), (query.page() - 1) * query.pageSize());
    int to = Math.min(matching.size(), from + query.pageSize());
    return new FillPage(organizationKey, period, matching.subList(from, to), matching.size(), all.size(),
        query.page(), pages);
  }

  @Override
  public synchronized List<RefundRow> refunds(String organizationKey, DateRange period) {
    own(organizationKey);
    return refunds.getOrDefault(organizationKey, List.of());
  }

  @Override
  public synchronized List<LateReceipt> lateReceipts(String organizationKey, DateRange period) {
    own(organizationKey);
    latePeriods.add(period);
    return late.getOrDefault(organizationKey, List.of());
  }

  @Override
  public synchronized PassRecord start(PassRequest request) {
    String organizationKey = request.organizationKey();
    PassKind kind = request.kind();
    own(organizationKey);
    Optional<PassRecord> running = passes.values().stream()
        .filter(pass -> pass.organizationKey().equals(organizationKey) && pass.state() == PassState.RUNNING)
        .findFirst();
    if (running.isPresent()) {
      throw new PassBusyException(organizationKey, running.get());
    }
    long id = ids.incrementAndGet();
    PassRecord pass = new PassRecord(id, organizationKey, kind, request.period(), request.trigger(),
        PassState.RUNNING, NOW,
        Optional.empty(), 0, Optional.of((long) own(organizationKey).size()), "", Optional.empty(),
        Optional.empty());
    passes.put(id, pass);
    starts.add(organizationKey + " " + kind + " " + request.documents() + " by " + request.trigger());
    return pass;
  }

  @Override
  public synchronized Optional<PassRecord> pass(long passId) {
    PassRecord pass = passes.get(passId);
    if (pass != null && pass.state() == PassState.RUNNING && advanceOnEachLook > 0) {
      long done = pass.done() + advanceOnEachLook;
      if (done >= pass.total().orElse(0L)) {
        return Optional.of(finish(passId));
      }
      progress(passId, done);
      return Optional.of(passes.get(passId));
    }
    return Optional.ofNullable(pass);
  }

  @Override
  public synchronized List<PassRecord> history(int limit) {
    return passes.values().stream().sorted(Comparator.comparingLong(PassRecord::id).reversed()).limit(limit)
        .toList();
  }

  @Override
  public AuditFindings auditFindings(String organizationKey) {
    return AuditFindings.none();
  }

  @Override
  public Health health() {
    return health;
  }

  @Override
  public String scrapeMetrics() {
    return metrics;
  }

  private List<FillRow> own(String key) {
    List<FillRow> own = rows.get(key);
    if (own == null) {
      throw new UnknownOrganizationException(key);
    }
    return own;
  }

  /** A healthy organization {@code key} with no pass yet. */
  static OrganizationHealth healthy(String key) {
    return new OrganizationHealth(key, Optional.empty(), Optional.of(true), Optional.of(true), false);
  }

  /** {@code count} rows of a month: most to send, some sent ({@code success}, one in {@code error}), some skipped. */
  static List<FillRow> demoRows(int count, String organization) {
    List<FillRow> demo = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      demo.add(row(organization, i));
    }
    return demo;
  }

  /** Row {@code i} of {@link #demoRows}. */
  static FillRow row(String organization, int i) {
    String number = String.format("%s-%05d", organization.toUpperCase(Locale.ROOT), i);
    UUID key = UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8));
    LocalDate day = LocalDate.of(2026, 11, 1).plusDays(i % 28);
    FillRow.Builder row = FillRow.builder().documentKey(key).organizationKey(key).number(number)
        .date(day.atTime(10, i % 60))
        .amount(new BigDecimal(1000 + i * 7).add(new BigDecimal("0.40"))).paymentPurpose("Оплата ЖКУ за октябрь")
        .operationKind("ОплатаПокупателя").posted(true).deletionMark(false).payerName("Иванов И. И. " + i)
        .externalId("1c-" + key).dueBy(day.plusDays(1)).overdue(false);
    if (i % 7 == 0) {
      return row.action(PlannedAction.SKIP).skipReason(Reason.of(ReasonCode.NO_CONTACT, "NO_ENTRIES", "0", "0", ""))
          .savedState(SavedState.empty()).build();
    }
    if (i % 17 == 0) {
      return row.action(PlannedAction.SKIP)
          .skipReason(Reason.of(ReasonCode.POSSIBLE_DUPLICATE,
              String.format("%s-%05d", organization.toUpperCase(Locale.ROOT), i - 1), day.toString(),
              String.valueOf(5000L + i - 1), "", "307076", ""))
          .incomingNumber("307076").savedState(SavedState.empty()).build();
    }
    row.buyerContact("payer" + i + "@example.ru");
    if (i % 13 == 0) {
      return row.action(PlannedAction.ALREADY_SENT).savedState(SavedState.builder().rawStatus("error")
          .receiptId(5000L + i).checkedAt(day.atTime(12, 0)).build()).overdue(true).build();
    }
    if (i % 5 == 0) {
      return row.action(PlannedAction.ALREADY_SENT).savedState(SavedState.builder().rawStatus("success")
          .receiptId(5000L + i).checkedAt(day.atTime(12, 0)).build()).build();
    }
    return row.action(PlannedAction.SEND).savedState(SavedState.empty()).overdue(i % 3 == 0).build();
  }
}
