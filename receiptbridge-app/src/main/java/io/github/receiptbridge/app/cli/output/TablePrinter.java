package io.github.receiptbridge.app.cli.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a text table row by row with fixed column widths, so a long period streams to the screen without being held
 * in memory. Text longer than its column is cut with an ellipsis; the last column may be unbounded.
 */
final class TablePrinter {
  private static final String GAP = "  ";

  private final PrintStream out;
  private final List<Column> columns;

  /**
   * One column.
   *
   * @param header the heading
   * @param width the width in characters; 0 for an unbounded last column
   * @param rightAligned whether values are aligned right (numbers)
   */
  public record Column(String header, int width, boolean rightAligned) {
    /** A left-aligned column. */
    public static Column left(String header, int width) {
      return new Column(header, width, false);
    }

    /** A right-aligned column. */
    public static Column right(String header, int width) {
      return new Column(header, width, true);
    }
  }

  /** A printer of {@code columns} to {@code out}. */
  public TablePrinter(PrintStream out, List<Column> columns) {
    this.out = out;
    this.columns = List.copyOf(columns);
  }

  /** Prints the headings and a rule under them. */
  public void printHeader() {
    List<String> headers = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (Column column : columns) {
      headers.add(column.header());
      rules.add("-".repeat(column.width() == 0 ? column.header().length() : column.width()));
    }
    printRow(headers);
    printRow(rules);
  }

  /** Prints one row; {@code cells} has one value per column. */
  public void printRow(List<String> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.size());
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        line.append(GAP);
      }
      line.append(fit(cells.get(i), columns.get(i)));
    }
    out.println(line.toString().stripTrailing());
  }

  /** {@code text} cut or padded to {@code column}'s width. */
  static String fit(String text, Column column) {
    String value = text == null ? "" : text;
    int width = column.width();
    if (width == 0) {
      return value;
    }
    if (value.length() > width) {
      return value.substring(0, width - 1) + "…";
    }
    String padding = " ".repeat(width - value.length());
    return column.rightAligned() ? padding + value : value + padding;
  }
}
