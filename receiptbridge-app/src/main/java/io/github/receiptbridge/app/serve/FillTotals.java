package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * The totals above the «Заполнить» table, as the 1C form had them: count and sum of the period's documents, of those
 * with a receipt, skipped, failed and still to send. Always of the whole period, whatever the filter.
 *
 * @param period every document of the period
 * @param sent the documents whose receipt has a saved status
 * @param skipped the documents «Приход» skips
 * @param failed the documents whose receipt is in {@code error}
 * @param toSend the documents «Приход» will send
 */
public record FillTotals(Sum period, Sum sent, Sum skipped, Sum failed, Sum toSend) {
  /**
   * How many documents and what amount.
   *
   * @param count how many
   * @param amount their amounts added up
   */
  public record Sum(int count, BigDecimal amount) {
    /** The sum of the {@code rows} that are {@code counted}. */
    static Sum of(List<FillRow> rows, Predicate<FillRow> counted) {
      List<FillRow> chosen = rows.stream().filter(counted).toList();
      return new Sum(chosen.size(), chosen.stream().map(FillRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
  }

  /** The totals of {@code rows}. */
  public static FillTotals of(List<FillRow> rows) {
    return new FillTotals(Sum.of(rows, row -> true),
        Sum.of(rows, row -> row.savedState().rawStatus().filter(status -> !status.isBlank()).isPresent()),
        Sum.of(rows, row -> row.action() == PlannedAction.SKIP),
        Sum.of(rows, row -> row.savedState().rawStatus().filter("error"::equals).isPresent()),
        Sum.of(rows, row -> row.action() == PlannedAction.SEND));
  }
}
