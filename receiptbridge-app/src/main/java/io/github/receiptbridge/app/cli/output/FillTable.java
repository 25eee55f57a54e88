package io.github.receiptbridge.app.cli.output;

import io.github.receiptbridge.app.common.ReceiptIds;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PayerKind;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.app.cli.output.TablePrinter.Column;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints the filled documents the way the 1C processing's form lists them: date, number, amount, payer, whether it is
 * an organization or a person, contact, operation kind, the saved receipt status and id, and what {@code register}
 * will do (or why not), then the counts.
 */
public final class FillTable {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
  private static final List<Column> COLUMNS = List.of(
      Column.left("date", 19),
      Column.left("number", 13),
      Column.right("amount", 11),
      Column.left("payer", 22),
      Column.left("payer kind", 12),
      Column.left("contact", 26),
      Column.left("operation kind", 20),
      Column.left("status", 10),
      Column.right("receipt", 9),
      Column.left("action", 0));

  private final PrintStream out;

  /** A table printed to {@code out}. */
  public FillTable(PrintStream out) {
    this.out = out;
  }

  /** Prints every row of {@code rows} as it arrives, then one line of counts. */
  public void print(Stream<FillRow> rows) {
    TablePrinter table = new TablePrinter(out, COLUMNS);
    table.printHeader();
    Map<PlannedAction, Integer> counts = new EnumMap<>(PlannedAction.class);
    int[] overdue = {0};
    rows.forEachOrdered(row -> {
      table.printRow(cells(row));
      counts.merge(row.action(), 1, Integer::sum);
      overdue[0] += row.overdue() ? 1 : 0;
    });
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    out.println();
    out.println(total + " documents: " + counts.getOrDefault(PlannedAction.SEND, 0) + " to send, "
        + counts.getOrDefault(PlannedAction.ALREADY_SENT, 0) + " already sent, "
        + counts.getOrDefault(PlannedAction.SKIP, 0) + " skipped; " + overdue[0] + " overdue");
  }

  /** The cells of one row. */
  static List<String> cells(FillRow row) {
    return List.of(
        DATE.format(row.date()),
        row.number(),
        amount(row.amount()),
        row.payerName().orElse(""),
        row.payerKind().map(FillTable::payerKind).orElse(""),
        row.buyerContact().orElse("—"),
        row.operationKind(),
        row.savedState().rawStatus().orElse(""),
        ReceiptIds.text(row.savedState().receiptId(), ""),
        action(row));
  }

  private static String amount(BigDecimal amount) {
    return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
  }

  private static String payerKind(PayerKind kind) {
    return switch (kind) {
      case PERSON -> "person";
      case ORGANIZATION -> "organization";
      case UNKNOWN -> "";
    };
  }

  private static String action(FillRow row) {
    String overdue = row.overdue() ? " (overdue: was due by " + row.dueBy() + ")" : "";
    return switch (row.action()) {
      case SEND -> "send" + overdue;
      case ALREADY_SENT -> "already sent" + overdue;
      case SKIP -> "skip: " + row.skipReason().map(EnglishReasons::text).orElse("");
    };
  }
}
