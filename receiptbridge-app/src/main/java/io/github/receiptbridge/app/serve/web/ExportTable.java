package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.common.Spreadsheet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A table to download, with Russian headers and typed cells (text, {@link BigDecimal} amounts, whole numbers, {@link
 * LocalDate} days, {@link LocalDateTime} times, {@link Boolean}s), written as an Excel workbook or as the CSV that
 * Russian Excel opens as it is: UTF-8 with a byte order mark, {@code ;} between cells, comma decimals ({@code 1520,40})
 * and dates {@code dd.MM.yyyy}.
 *
 * @param sheetName the name of the workbook's sheet
 * @param headers the column headers, in Russian
 * @param rows the rows, each cell typed as above or null for an empty cell
 */
record ExportTable(String sheetName, List<String> headers, List<List<?>> rows) {
  /** The content type of an Excel workbook. */
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** The content type of the Russian CSV. */
  static final String CSV = "text/csv; charset=utf-8";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

  /** The Excel workbook. */
  byte[] xlsx() {
    Spreadsheet sheet = Spreadsheet.of(sheetName, headers);
    rows.forEach(sheet::row);
    return sheet.toXlsx();
  }

  /** The CSV for Russian Excel: BOM, {@code ;}, CRLF line ends, comma decimals, {@code dd.MM.yyyy}. */
  byte[] russianCsv() {
    StringBuilder csv = new StringBuilder(256 + rows.size() * 160);
    line(csv, headers);
    rows.forEach(row -> line(csv, row));
    byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, file, 0, BOM.length);
    System.arraycopy(text, 0, file, BOM.length, text.length);
    return file;
  }

  private static void line(StringBuilder csv, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** One cell as Russian Excel reads it; text quoted when it must be, and never read as a formula. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal amount) {
      // kopecks always shown, as 1C shows an amount: 6892,40, not 6892,4
      return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString().replace('.', ',');
    }
    if (value instanceof LocalDateTime time) {
      return DAY_AND_TIME.format(time);
    }
    if (value instanceof LocalDate day) {
      return DAY.format(day);
    }
    if (value instanceof Boolean yes) {
      return yes ? "да" : "нет";
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
