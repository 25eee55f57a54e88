package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.DateRange;
import java.util.List;
import java.util.stream.Stream;

/**
 * The «Заполнить» table: reads an organization's documents of a period from 1C once (until its next pass clears the
 * copy), then filters, sorts and pages them and adds up the period as the console asks.
 */
public final class FillPager {
  private final Organizations organizations;

  /** Tables of {@code organizations}. */
  FillPager(Organizations organizations) {
    this.organizations = organizations;
  }

  /**
   * One page of the table.
   *
   * @throws UnknownOrganizationException when {@code organizationKey} is not configured
   */
  FillPage fill(String organizationKey, DateRange period, FillQuery query) {
    OrganizationUnit unit = organizations.get(organizationKey);
    List<FillRow> rows = unit.fillCache().get(period, () -> unit.work().fill(period));
    return page(organizationKey, period, rows, query);
  }

  /**
   * The page of {@code rows} that {@code query} asks for: filtered, sorted, then cut to the page (the last when
   * beyond), with the totals of all {@code rows}.
   */
  public static FillPage page(String organizationKey, DateRange period, List<FillRow> rows, FillQuery query) {
    Stream<FillRow> filtered = rows.stream().filter(query::matches);
    List<FillRow> matching = query.sort().map(order -> filtered.sorted(order.comparator())).orElse(filtered).toList();
    int pageSize = query.pageSize();
    int pages = Math.max(1, (matching.size() + pageSize - 1) / pageSize);
    int page = Math.min(query.page(), pages);
    int from = (page - 1) * pageSize;
    List<FillRow> shown = matching.subList(from, Math.min(matching.size(), from + pageSize));
    return new FillPage(organizationKey, period, List.copyOf(shown), matching.size(), rows.size(), page, pages,
        FillTotals.of(rows));
  }
}
