package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.FillQuery;
import io.github.receiptbridge.app.serve.FillSort;
import io.github.receiptbridge.app.serve.RowFacts;
import io.github.receiptbridge.app.serve.RowMark;
import io.github.receiptbridge.core.PlannedAction;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The table's paging, filters, search and order from a request: {@code page}, {@code size}, {@code status} (a
 * status, {@code none} for rows without one, absent for all), {@code action} ({@code SEND}, {@code ALREADY_SENT},
 * {@code SKIP}), {@code mark} ({@code MISMATCH}, {@code POSSIBLE_DUPLICATE}, {@code REFUNDED}, {@code LATE}), {@code q}
 * (a number, a payer or an amount), {@code sort} ({@code date}, {@code number}, {@code amount}, {@code payer},
 * {@code status}) and {@code dir} ({@code asc}, {@code desc}).
 *
 * @param query what to ask the service (with no facts: the routes add them)
 */
record TableInput(FillQuery query) {
  /** The value of {@code status} that asks for rows without a status. */
  static final String NO_STATUS = "none";
  /** The value of {@code dir} that sorts the largest first. */
  static final String DESCENDING = "desc";
  /** The value of {@code dir} that sorts the smallest first. */
  static final String ASCENDING = "asc";
  /** The longest search text. */
  static final int MAX_SEARCH = 100;

  private static final Pattern STATUS = Pattern.compile("[a-z_]{1,32}");

  /**
   * Reads the table's parameters.
   *
   * @throws Refusal 400 for a page or size that is not a number in range, an unknown status form, action, mark,
   *     column or direction, or a search longer than {@value #MAX_SEARCH} characters
   */
  static TableInput read(Function<String, @Nullable String> parameter) {
    int page = number(parameter.apply("page"), 1, "Номер страницы");
    int size = number(parameter.apply("size"), FillQuery.DEFAULT_PAGE_SIZE, "Строк на странице");
    if (page < 1 || size < 1 || size > FillQuery.MAX_PAGE_SIZE) {
      throw Refusal.badRequest("Номер страницы должен быть от 1, строк на странице от 1 до 1000.");
    }
    Optional<String> status = present(parameter.apply("status"));
    if (status.isPresent() && !STATUS.matcher(status.get()).matches()) {
      throw Refusal.badRequest("Статус чека «" + status.get() + "» не бывает: выберите его из списка.");
    }
    Optional<PlannedAction> action = present(parameter.apply("action")).map(TableInput::action);
    Optional<String> search = present(parameter.apply("q")).map(String::strip);
    if (search.filter(text -> text.length() > MAX_SEARCH).isPresent()) {
      throw Refusal.badRequest("Строка поиска длиннее " + MAX_SEARCH + " символов: введите номер, плательщика или"
          + " сумму.");
    }
    Optional<RowMark> mark = present(parameter.apply("mark")).map(TableInput::mark);
    Optional<FillSort> sort = present(parameter.apply("sort"))
        .map(column -> new FillSort(column(column), descending(parameter.apply("dir"))));
    return new TableInput(new FillQuery(page, size, status.map(text -> text.equals(NO_STATUS) ? "" : text), action,
        search, mark, sort, RowFacts.none()));
  }

  /** The parameters of this table on page {@code page}, for a link. */
  Map<String, String> parameters(int page) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("page", Integer.toString(page));
    parameters.putAll(filters());
    query.sort().ifPresent(order -> {
      parameters.put("sort", name(order.column()));
      parameters.put("dir", order.descending() ? DESCENDING : ASCENDING);
    });
    return parameters;
  }

  /** The parameters of this table's filters and search, without page and order: what a header's link keeps. */
  Map<String, String> filters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("size", Integer.toString(query.pageSize()));
    query.status().ifPresent(status -> parameters.put("status", status.isEmpty() ? NO_STATUS : status));
    query.action().ifPresent(action -> parameters.put("action", action.name()));
    query.mark().ifPresent(mark -> parameters.put("mark", mark.name()));
    query.search().ifPresent(text -> parameters.put("q", text));
    return parameters;
  }

  /** The name of {@code column} in a link: {@code date}, {@code number}, … */
  static String name(FillSort.Column column) {
    return column.name().toLowerCase(Locale.ROOT);
  }

  private static FillSort.Column column(String text) {
    for (FillSort.Column column : FillSort.Column.values()) {
      if (name(column).equals(text)) {
        return column;
      }
    }
    throw Refusal.badRequest("По столбцу «" + text + "» таблица не сортируется: нажмите заголовок столбца.");
  }

  private static boolean descending(@Nullable String text) {
    if (text == null || text.isBlank() || text.equals(ASCENDING)) {
      return false;
    }
    if (text.equals(DESCENDING)) {
      return true;
    }
    throw Refusal.badRequest("Порядок «" + text + "» не бывает: нажмите заголовок столбца.");
  }

  private static RowMark mark(String text) {
    try {
      return RowMark.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw Refusal.badRequest("Отметки «" + text + "» не бывает: выберите её из списка.");
    }
  }

  private static PlannedAction action(String text) {
    try {
      return PlannedAction.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw Refusal.badRequest("Действие «" + text + "» не бывает: выберите его из списка.");
    }
  }

  private static Optional<String> present(@Nullable String text) {
    return Optional.ofNullable(text).filter(value -> !value.isBlank());
  }

  private static int number(@Nullable String text, int fallback, String what) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw Refusal.badRequest(what + " «" + text + "» не число.");
    }
  }
}
