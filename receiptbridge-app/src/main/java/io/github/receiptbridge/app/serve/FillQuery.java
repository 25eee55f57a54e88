package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.PlannedAction;
import java.util.Optional;

/**
 * Which rows of the «Заполнить» table to show.
 *
 * @param page 1-based page number
 * @param pageSize rows per page, 1 to 1000
 * @param status only rows whose saved status is this raw string ({@code success}, {@code error}, …; {@code ""}
 *     for rows without a status); empty for all
 * @param action only rows with this planned action; empty for all
 */
public record FillQuery(int page, int pageSize, Optional<String> status, Optional<PlannedAction> action) {
  /** The default page size of the console. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  /** Checks the ranges. */
  public FillQuery {
    if (page < 1 || pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("page must be at least 1 and pageSize 1 to 1000, were " + page + ", "
          + pageSize);
    }
  }

  /** The first page of everything. */
  public static FillQuery firstPage() {
    return new FillQuery(1, DEFAULT_PAGE_SIZE, Optional.empty(), Optional.empty());
  }
}
