package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which rows of the «Заполнить» table to show, and in what order.
 *
 * @param page 1-based page number
 * @param pageSize rows per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param status only rows whose saved status is this raw string ({@code success}, {@code error}, …; {@code ""}
 *     for rows without a status); empty for all
 * @param action only rows with this planned action; empty for all
 * @param search only rows whose number or payer contains this text (ignoring case), or whose amount it is ({@code
 *     1520,40}, {@code 1 520.40}); empty for all
 * @param mark only rows with this mark; empty for all
 * @param sort the order; empty for 1C's (date, number)
 * @param facts what the marks are read from: the last audit's mismatches and the period's refunds
 */
public record FillQuery(int page, int pageSize, Optional<String> status, Optional<PlannedAction> action,
    Optional<String> search, Optional<RowMark> mark, Optional<FillSort> sort, RowFacts facts) {
  /** The default page size of the console. */
  public static final int DEFAULT_PAGE_SIZE = 100;
  /** The largest page size. */
  public static final int MAX_PAGE_SIZE = 1000;

  private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}([.,]\\d{1,2})?");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");

  /** Checks the ranges; a blank search is none. */
  public FillQuery {
    if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page must be at least 1 and pageSize 1 to " + MAX_PAGE_SIZE + ", were "
          + page + ", " + pageSize);
    }
    search = search.map(String::strip).filter(text -> !text.isEmpty());
  }

  /** Filters by status and action only, in 1C's order, with no marks known. */
  public FillQuery(int page, int pageSize, Optional<String> status, Optional<PlannedAction> action) {
    this(page, pageSize, status, action, Optional.empty(), Optional.empty(), Optional.empty(), RowFacts.none());
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
    return new FillQuery(number, pageSize, status, action, search, mark, sort, facts);
  }

  /** This query searching for {@code text} (blank for no search). */
  public FillQuery searching(String text) {
    return new FillQuery(page, pageSize, status, action, Optional.of(text), mark, sort, facts);
  }

  /** This query showing only the rows marked {@code wanted}. */
  public FillQuery marked(RowMark wanted) {
    return new FillQuery(page, pageSize, status, action, search, Optional.of(wanted), sort, facts);
  }

  /** This query in the order {@code order}. */
  public FillQuery sorted(FillSort order) {
    return new FillQuery(page, pageSize, status, action, search, mark, Optional.of(order), facts);
  }

  /** This query marking rows by {@code known}. */
  public FillQuery knowing(RowFacts known) {
    return new FillQuery(page, pageSize, status, action, search, mark, sort, known);
  }

  /** Whether {@code row} passes the filter. */
  public boolean matches(FillRow row) {
    return status.map(wanted -> row.savedState().rawStatus().orElse("").equals(wanted)).orElse(true)
        && action.map(wanted -> row.action() == wanted).orElse(true)
        && search.map(text -> found(row, text)).orElse(true)
        && mark.map(wanted -> RowMark.of(row, facts).contains(wanted)).orElse(true);
  }

  /** Whether {@code row}'s number or payer contains {@code text} ignoring case, or its amount is {@code text}. */
  static boolean found(FillRow row, String text) {
    String needle = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    return row.number().toLowerCase(Locale.ROOT).contains(needle)
        || row.payerName().map(name -> name.toLowerCase(Locale.ROOT).replace('ё', 'е').contains(needle))
            .orElse(false)
        || amount(text).map(amount -> amount.compareTo(row.amount()) == 0).orElse(false);
  }

  /** {@code text} as an amount ({@code 1520,40}, {@code 1 520.40}, {@code 1520}), when it is one. */
  static Optional<BigDecimal> amount(String text) {
    String digits = SPACES.matcher(text).replaceAll("");
    if (!AMOUNT.matcher(digits).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(digits.replace(',', '.')));
  }
}
