package io.github.receiptbridge.app.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet as an Excel workbook (.xlsx), written with fastexcel: a bold, frozen header row, then the rows. Cells are
 * text, whole or decimal numbers ({@link Number}: stored as numbers, so Excel sums them in any locale; a {@link
 * BigDecimal} shown with two decimals), dates ({@link LocalDate}, shown {@code dd.mm.yyyy}) and date-times ({@link
 * LocalDateTime}, shown {@code dd.mm.yyyy hh:mm:ss}), stored as Excel dates so they sort and filter as dates. A value
 * of another type is written as its text.
 */
public final class Spreadsheet {
  /** The number format of a day. */
  public static final String DATE_FORMAT = "dd.mm.yyyy";
  /** The number format of a date and time. */
  public static final String DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm:ss";
  /** The number format of an amount: thousands grouped, two decimals. */
  public static final String AMOUNT_FORMAT = "#,##0.00";

  private final String sheetName;
  private final List<String> headers;
  private final List<List<?>> rows = new ArrayList<>();

  private Spreadsheet(String sheetName, List<String> headers) {
    this.sheetName = sheetName;
    this.headers = List.copyOf(headers);
  }

  /**
   * A sheet named {@code sheetName} (at most 31 characters, none of {@code []:*?/\}) with {@code headers}.
   *
   * @throws IllegalArgumentException when the name is not one Excel accepts
   */
  public static Spreadsheet of(String sheetName, List<String> headers) {
    if (sheetName.isBlank() || sheetName.length() > 31 || sheetName.matches(".*[\\[\\]:*?/\\\\].*")) {
      throw new IllegalArgumentException("Not an Excel sheet name: '" + sheetName + "'");
    }
    return new Spreadsheet(sheetName, headers);
  }

  /** Adds a row of cells, in the order of the headers; a null cell is left empty. */
  public Spreadsheet row(List<?> cells) {
    rows.add(new ArrayList<>(cells));
    return this;
  }

  /** The workbook's bytes. */
  public byte[] toXlsx() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "ReceiptBridge", null);
      Worksheet sheet = workbook.newWorksheet(sheetName);
      for (int column = 0; column < headers.size(); column++) {
        sheet.value(0, column, headers.get(column));
        sheet.style(0, column).bold().set();
        sheet.width(column, Math.min(60, Math.max(10, headers.get(column).length() + 2)));
      }
      sheet.freezePane(0, 1);
      for (int row = 0; row < rows.size(); row++) {
        List<?> cells = rows.get(row);
        for (int column = 0; column < cells.size(); column++) {
          cell(sheet, row + 1, column, cells.get(column));
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the workbook in memory", e);
    }
    return bytes.toByteArray();
  }

  private static void cell(Worksheet sheet, int row, int column, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof BigDecimal decimal) {
      sheet.value(row, column, decimal);
      sheet.style(row, column).format(AMOUNT_FORMAT).set();
    } else if (value instanceof Number whole) {
      sheet.value(row, column, whole);
    } else if (value instanceof LocalDateTime dateTime) {
      sheet.value(row, column, dateTime);
      sheet.style(row, column).format(DATE_TIME_FORMAT).set();
    } else if (value instanceof LocalDate date) {
      sheet.value(row, column, date);
      sheet.style(row, column).format(DATE_FORMAT).set();
    } else {
      sheet.value(row, column, printable(value.toString()));
    }
  }

  /** The text without the characters XML 1.0 cannot carry (control characters but tab and line breaks). */
  static String printable(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r').forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
