package io.github.receiptbridge.app.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One sheet as an Excel workbook (.xlsx, Office Open XML SpreadsheetML, ECMA-376): a bold header row, then the rows.
 * Cells are text, whole or decimal numbers ({@link Number}: stored as numbers, so Excel sums them in any locale; a
 * {@link BigDecimal} shown with two decimals), dates ({@link LocalDate}, shown {@code dd.mm.yyyy}) and date-times
 * ({@link LocalDateTime}, shown {@code dd.mm.yyyy hh:mm:ss}), stored as Excel serial numbers so they sort and filter
 * as dates. Written with the JDK alone; a value of another type is written as its text.
 */
public final class Spreadsheet {
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final int HEADER_STYLE = 1;
  private static final int DATE_STYLE = 2;
  private static final int DATE_TIME_STYLE = 3;
  private static final int AMOUNT_STYLE = 4;

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
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      entry(zip, "[Content_Types].xml", CONTENT_TYPES);
      entry(zip, "_rels/.rels", ROOT_RELATIONSHIPS);
      entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS);
      entry(zip, "xl/styles.xml", STYLES);
      entry(zip, "xl/worksheets/sheet1.xml", sheet());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the workbook in memory", e);
    }
    return bytes.toByteArray();
  }

  private String sheet() {
    StringBuilder xml = new StringBuilder(4096 + rows.size() * 256)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" state=\"frozen\"/>")
        .append("</sheetView></sheetViews><sheetData>");
    appendRow(xml, 1, headers, true);
    for (int i = 0; i < rows.size(); i++) {
      appendRow(xml, i + 2, rows.get(i), false);
    }
    return xml.append("</sheetData></worksheet>").toString();
  }

  private static void appendRow(StringBuilder xml, int number, List<?> cells, boolean header) {
    xml.append("<row r=\"").append(number).append("\">");
    for (int column = 0; column < cells.size(); column++) {
      Object value = cells.get(column);
      if (value == null) {
        continue;
      }
      String reference = columnName(column) + number;
      if (header) {
        text(xml, reference, value.toString(), HEADER_STYLE);
      } else if (value instanceof BigDecimal decimal) {
        number(xml, reference, decimal.toPlainString(), AMOUNT_STYLE);
      } else if (value instanceof Number whole) {
        number(xml, reference, whole.toString(), 0);
      } else if (value instanceof LocalDateTime dateTime) {
        number(xml, reference, serial(dateTime), DATE_TIME_STYLE);
      } else if (value instanceof LocalDate date) {
        number(xml, reference, Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, date)), DATE_STYLE);
      } else {
        text(xml, reference, value.toString(), 0);
      }
    }
    xml.append("</row>");
  }

  private static void number(StringBuilder xml, String reference, String value, int style) {
    xml.append("<c r=\"").append(reference).append('"');
    if (style != 0) {
      xml.append(" s=\"").append(style).append('"');
    }
    xml.append("><v>").append(value).append("</v></c>");
  }

  private static void text(StringBuilder xml, String reference, String value, int style) {
    xml.append("<c r=\"").append(reference).append("\" t=\"inlineStr\"");
    if (style != 0) {
      xml.append(" s=\"").append(style).append('"');
    }
    xml.append("><is><t xml:space=\"preserve\">").append(escape(value)).append("</t></is></c>");
  }

  /** Days since Excel's epoch with the time of day as the fraction, to the second. */
  static String serial(LocalDateTime dateTime) {
    long days = ChronoUnit.DAYS.between(EXCEL_EPOCH, dateTime.toLocalDate());
    BigDecimal fraction = BigDecimal.valueOf(dateTime.toLocalTime().toSecondOfDay())
        .divide(BigDecimal.valueOf(86_400), 10, RoundingMode.HALF_UP);
    return BigDecimal.valueOf(days).add(fraction).stripTrailingZeros().toPlainString();
  }

  /** A, B, …, Z, AA, AB, … for the 0-based {@code column}. */
  static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }

  /** XML text: markup characters escaped, and characters XML 1.0 cannot carry (control characters) dropped. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (!(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF) {
              escaped.appendCodePoint(c);
            }
          }
        }
      }
    });
    return escaped.toString();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(Objects.requireNonNull(name)));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      + "<Override PartName=\"/xl/styles.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      + "</Types>";

  private static final String ROOT_RELATIONSHIPS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" "
      + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      + "Target=\"xl/workbook.xml\"/></Relationships>";

  private static final String WORKBOOK_RELATIONSHIPS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" "
      + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      + "Target=\"worksheets/sheet1.xml\"/>"
      + "<Relationship Id=\"rId2\" "
      + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
      + "Target=\"styles.xml\"/></Relationships>";

  /** Styles: 0 plain, 1 bold (the header), 2 a date, 3 a date and time, 4 an amount with two decimals. */
  private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"
      + "<numFmt numFmtId=\"165\" formatCode=\"dd.mm.yyyy hh:mm:ss\"/></numFmts>"
      + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
      + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
      + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
      + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
      + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      + "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
      + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      + "</styleSheet>";
}
