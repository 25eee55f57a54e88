package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.app.serve.FillQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The table's paging and filters from a request: {@code page}, {@code size}, {@code status} (a status, {@code none}
 * for rows without one, absent for all) and {@code action} ({@code SEND}, {@code ALREADY_SENT}, {@code SKIP}).
 *
 * @param query what to ask the service
 */
record TableInput(FillQuery query) {
  /** The value of {@code status} that asks for rows without a status. */
  static final String NO_STATUS = "none";

  private static final Pattern STATUS = Pattern.compile("[a-z_]{1,32}");

  /**
   * Reads the table's parameters.
   *
   * @throws Refusal 400 for a page or size that is not a number in range, an unknown status form or action
   */
  static TableInput read(Function<String, @Nullable String> parameter) {
    int page = number(parameter.apply("page"), 1, "Номер страницы");
    int size = number(parameter.apply("size"), FillQuery.DEFAULT_PAGE_SIZE, "Строк на странице");
    if (page < 1 || size < 1 || size > 1000) {
      throw Refusal.badRequest("Номер страницы должен быть от 1, строк на странице от 1 до 1000.");
    }
    Optional<String> status = Optional.ofNullable(parameter.apply("status")).filter(text -> !text.isBlank());
    if (status.isPresent() && !STATUS.matcher(status.get()).matches()) {
      throw Refusal.badRequest("Статус чека «" + status.get() + "» не бывает: выберите его из списка.");
    }
    Optional<PlannedAction> action = Optional.ofNullable(parameter.apply("action")).filter(text -> !text.isBlank())
        .map(TableInput::action);
    return new TableInput(new FillQuery(page, size, status.map(text -> text.equals(NO_STATUS) ? "" : text), action));
  }

  /** The parameters of this table on page {@code page}, for a link. */
  Map<String, String> parameters(int page) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("page", Integer.toString(page));
    parameters.put("size", Integer.toString(query.pageSize()));
    query.status().ifPresent(status -> parameters.put("status", status.isEmpty() ? NO_STATUS : status));
    query.action().ifPresent(action -> parameters.put("action", action.name()));
    return parameters;
  }

  private static PlannedAction action(String text) {
    try {
      return PlannedAction.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw Refusal.badRequest("Действие «" + text + "» не бывает: выберите его из списка.");
    }
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
