package io.github.receiptbridge.app.cli.output;

import io.github.receiptbridge.app.cli.output.TablePrinter.Column;
import io.github.receiptbridge.core.LateReceipt;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Prints the late-receipt register: for each receipt fiscalized after its due day, the payment date, document number,
 * amount, due day, fiscal date-time, days late, receipt id and the fiscal numbers (ФН, ФД, ФПД), then a count.
 */
public final class LateTable {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
  private static final List<Column> COLUMNS = List.of(
      Column.left("paid", 10),
      Column.left("number", 13),
      Column.right("amount", 11),
      Column.left("due by", 10),
      Column.left("fiscalized", 19),
      Column.right("days late", 9),
      Column.right("receipt", 9),
      Column.left("FN", 16),
      Column.right("FD", 10),
      Column.left("FPD", 0));

  private final PrintStream out;

  /** A table printed to {@code out}. */
  public LateTable(PrintStream out) {
    this.out = out;
  }

  /** Prints every receipt of {@code receipts}, then one line with their count. */
  public void print(List<LateReceipt> receipts) {
    TablePrinter table = new TablePrinter(out, COLUMNS);
    table.printHeader();
    receipts.forEach(receipt -> table.printRow(cells(receipt)));
    out.println();
    out.println(receipts.size() == 1 ? "1 receipt fiscalized after its due day"
        : receipts.size() + " receipts fiscalized after their due day");
  }

  /** The cells of one receipt. */
  static List<String> cells(LateReceipt receipt) {
    return List.of(DAY.format(receipt.paymentDate()), receipt.number(), receipt.amount().toPlainString(),
        DAY.format(receipt.dueBy()), TIME.format(receipt.fiscalizedAt()), String.valueOf(receipt.daysLate()),
        String.valueOf(receipt.receiptId()), receipt.fiscalNumbers().fnNumber(),
        String.valueOf(receipt.fiscalNumbers().fiscalDocumentNumber()), receipt.fiscalNumbers().fiscalSign());
  }
}
