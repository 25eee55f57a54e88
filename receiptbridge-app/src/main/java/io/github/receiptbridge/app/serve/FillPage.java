package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.DateRange;
import java.util.List;

/**
 * One page of the «Заполнить» table.
 *
 * @param organizationKey the organization's key
 * @param period the period read
 * @param rows the rows of this page, in the query's order (1C's {@code Date, Number} by default)
 * @param matching how many rows match the filter in all
 * @param total how many documents the period has in all
 * @param page this page's number, 1-based
 * @param pages how many pages the matching rows fill (at least 1)
 * @param totals the count and sum of the whole period, sent, skipped, failed and to send, whatever the filter
 */
public record FillPage(String organizationKey, DateRange period, List<FillRow> rows, int matching, int total, int page,
    int pages, FillTotals totals) {
  /** A page whose totals are those of its own rows: for a period that fits one page, and for tests. */
  public FillPage(String organizationKey, DateRange period, List<FillRow> rows, int matching, int total, int page,
      int pages) {
    this(organizationKey, period, rows, matching, total, page, pages, FillTotals.of(rows));
  }
}
