package io.github.receiptbridge.app.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Reads back what {@link Spreadsheet} wrote, for tests, with fastexcel's reader. */
public final class Workbooks {
  private Workbooks() {}

  /** The name of the first sheet. */
  public static String sheetName(byte[] xlsx) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      return workbook.getFirstSheet().getName();
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable workbook", e);
    }
  }

  /**
   * The cells of the first sheet by reference ({@code A1}, {@code B2}, …): the text of a text cell, the stored value
   * of a number cell (a date as its whole Excel serial day), each followed by what it is shown as: {@code @s1} a header
   * (row 1), {@code @s2} a day, {@code @s3} a date and time, {@code @s4} an amount; a plain number has no suffix.
   */
  public static Map<String, String> cells(byte[] xlsx) {
    Map<String, String> values = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
        new ReadingOptions(true, false))) {
      for (Row row : workbook.getFirstSheet().read()) {
        for (Cell cell : row) {
          if (cell == null || cell.getType() == CellType.EMPTY) {
            continue;
          }
          values.put(cell.getAddress().toString(), value(cell) + shownAs(row.getRowNum(), cell));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable workbook", e);
    }
    return values;
  }

  private static String value(Cell cell) {
    if (cell.getType() != CellType.NUMBER) {
      return cell.getText();
    }
    String raw = cell.getRawValue();
    return raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
  }

  private static String shownAs(int rowNumber, Cell cell) {
    if (rowNumber == 1) {
      return "@s1";
    }
    String format = cell.getDataFormatString();
    if (Spreadsheet.DATE_FORMAT.equals(format)) {
      return "@s2";
    }
    if (Spreadsheet.DATE_TIME_FORMAT.equals(format)) {
      return "@s3";
    }
    if (Spreadsheet.AMOUNT_FORMAT.equals(format)) {
      return "@s4";
    }
    return "";
  }
}
