package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.AuditFindings;
import io.github.receiptbridge.app.serve.FillPage;
import io.github.receiptbridge.app.serve.FillPager;
import io.github.receiptbridge.app.serve.FillQuery;
import io.github.receiptbridge.app.serve.Health;
import io.github.receiptbridge.app.serve.OrganizationView;
import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.PassRequest;
import io.github.receiptbridge.app.serve.ServiceConsole;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.RefundRow;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The {@link FakeServiceConsole} with the real table behind «Заполнить»: its rows filtered, searched, sorted, paged
 * and added up by {@link FillPager}, and audit findings and refunds the test sets. Records the queries.
 */
final class TableConsole implements ServiceConsole {
  final FakeServiceConsole fake;
  final List<FillQuery> queries = new CopyOnWriteArrayList<>();
  private final Map<String, AuditFindings> findings = new ConcurrentHashMap<>();
  private final Map<String, List<RefundRow>> refunds = new ConcurrentHashMap<>();
  private volatile @Nullable RuntimeException refundsFailure;

  TableConsole(FakeServiceConsole fake) {
    this.fake = fake;
  }

  /** Sets the last audit's findings of organization {@code key}. */
  TableConsole withFindings(String key, AuditFindings found) {
    findings.put(key, found);
    return this;
  }

  /** Sets the refunds of organization {@code key}. */
  TableConsole withRefunds(String key, List<RefundRow> rows) {
    refunds.put(key, List.copyOf(rows));
    return this;
  }

  /** Makes «Возвраты» fail with {@code failure}. */
  void failRefunds(RuntimeException failure) {
    this.refundsFailure = failure;
  }

  @Override
  public List<OrganizationView> organizations() {
    return fake.organizations();
  }

  @Override
  public ZoneId zone() {
    return fake.zone();
  }

  @Override
  public DateRange defaultPeriod() {
    return fake.defaultPeriod();
  }

  @Override
  public FillPage fill(String organizationKey, DateRange period, FillQuery query) {
    queries.add(query);
    FillPage all = fake.fill(organizationKey, period, new FillQuery(1, FillQuery.MAX_PAGE_SIZE, Optional.empty(),
        Optional.empty()));
    return FillPager.page(organizationKey, period, all.rows(), query);
  }

  @Override
  public List<LateReceipt> lateReceipts(String organizationKey, DateRange period) {
    return fake.lateReceipts(organizationKey, period);
  }

  @Override
  public List<RefundRow> refunds(String organizationKey, DateRange period) {
    fake.refunds(organizationKey, period);
    RuntimeException failure = refundsFailure;
    if (failure != null) {
      throw failure;
    }
    return refunds.getOrDefault(organizationKey, List.of());
  }

  @Override
  public PassRecord start(PassRequest request) {
    return fake.start(request);
  }

  @Override
  public Optional<PassRecord> pass(long passId) {
    return fake.pass(passId);
  }

  @Override
  public List<PassRecord> history(int limit) {
    return fake.history(limit);
  }

  @Override
  public AuditFindings auditFindings(String organizationKey) {
    fake.auditFindings(organizationKey);
    return findings.getOrDefault(organizationKey, AuditFindings.none());
  }

  @Override
  public Health health() {
    return fake.health();
  }

  @Override
  public String scrapeMetrics() {
    return fake.scrapeMetrics();
  }
}
