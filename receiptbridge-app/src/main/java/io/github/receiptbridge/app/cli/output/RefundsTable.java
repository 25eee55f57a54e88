package io.github.receiptbridge.app.cli.output;

import io.github.receiptbridge.app.common.ReceiptIds;
import io.github.receiptbridge.core.RefundMatch;
import io.github.receiptbridge.core.RefundRow;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The «Refunds to residents» section after the fill table: one line per refund of the period with the payment it
 * returns, how that payment was found, the payment's receipt, what is refunded already and what is left, and the
 * refund's own receipt.
 */
public final class RefundsTable {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final String FORMAT = "%-14s %-10s %12s  %-6s %-14s %-10s %-16s %12s %12s  %s%n";

  private final PrintStream out;

  /** A table printed to {@code out}. */
  public RefundsTable(PrintStream out) {
    this.out = out;
  }

  /** Prints the section, or one line saying there are none. */
  public void print(List<RefundRow> rows) {
    out.println();
    out.println("Refunds to residents");
    if (rows.isEmpty()) {
      out.println("  none in this period");
      return;
    }
    out.printf(FORMAT, "refund", "date", "amount", "match", "payment", "paid on", "payment receipt", "refunded",
        "refundable", "refund receipt");
    for (RefundRow row : rows) {
      out.printf(FORMAT, row.refund().number(), DAY.format(row.refund().date()), money(row.refund().amount()),
          row.match().name(),
          row.paymentNumber().orElse(row.match() == RefundMatch.NAMED ? "(not found)" : "-"),
          row.paymentDate().map(DAY::format).orElse("-"),
          ReceiptIds.boxed(row.paymentReceiptId()).map(id -> id + row.paymentReceiptStatus().map(s -> " " + s).orElse(""))
              .orElse("-"),
          money(row.refunded()),
          row.refundable().map(RefundsTable::money).orElse("-"),
          ReceiptIds.boxed(row.savedState().receiptId()).map(id -> id + row.savedState().rawStatus().map(s -> " " + s).orElse(""))
              .orElse("-"));
    }
    out.println("Send one with: refund --document <refund> --payment <payment>. LIKELY is a guess: check it first.");
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale())).toPlainString();
  }
}
