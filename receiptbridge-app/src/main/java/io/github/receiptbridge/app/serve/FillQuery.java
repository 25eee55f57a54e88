package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import java.util.Optional;

/**
 * Which rows of the «Заполнить» table to show.
 *
 * @param page 1-based page number
 * @param pageSize rows per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param status only rows whose saved status is this raw string ({@code success}, {@code error}, …; {@code ""}
 *     for rows without a status); empty for all
 * @param action only rows with this planned action; empty for all
 */
public record FillQuery(int page, int pageSize, Optional<String> status, Optional<PlannedAction> action) {
  /** The default page size of the console. */
  public static final int DEFAULT_PAGE_SIZE = 100;
  /** The largest page size. */
  public static final int MAX_PAGE_SIZE = 1000;

  /** Checks the ranges. */
  public FillQuery {
    if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page must be at least 1 and pageSize 1 to " + MAX_PAGE_SIZE + ", were "
          + page + ", " + pageSize);
    }
  }

  /** The first page of everything. */
  public static FillQuery firstPage() {
    return new FillQuery(1, DEFAULT_PAGE_SIZE, Optional.empty(), Optional.empty());
  }

  /** The first of the largest pages of the rows whose saved status is {@code status}. */
  public static FillQuery largestPagesWithStatus(String status) {
    return new FillQuery(1, MAX_PAGE_SIZE, Optional.of(status), Optional.empty());
  }

  /** The first of the largest pages of the rows whose planned action is {@code action}. */
  public static FillQuery largestPagesWithAction(PlannedAction action) {
    return new FillQuery(1, MAX_PAGE_SIZE, Optional.empty(), Optional.of(action));
  }

  /** This query on page {@code number}. */
  public FillQuery onPage(int number) {
    return new FillQuery(number, pageSize, status, action);
  }

  /** Whether {@code row} passes the filter. */
  public boolean matches(FillRow row) {
    return status.map(wanted -> row.savedState().rawStatus().orElse("").equals(wanted)).orElse(true)
        && action.map(wanted -> row.action() == wanted).orElse(true);
  }
}
