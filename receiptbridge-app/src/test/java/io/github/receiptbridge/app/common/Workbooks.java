package io.github.receiptbridge.app.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads back what {@link Spreadsheet} wrote, for tests: the parts of the package and the cells of the sheet. */
public final class Workbooks {
  private Workbooks() {}

  /** The parts of the .xlsx package (a zip) by name, as UTF-8 text. */
  public static Map<String, String> parts(byte[] xlsx) {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /**
   * The cells of the first sheet by reference ({@code A1}, {@code B2}, …): the inline text of a text cell, the value
   * of a number cell, each followed by {@code @s<style>} when the cell has a style.
   */
  public static Map<String, String> cells(byte[] xlsx) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document sheet = factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts(xlsx)
          .get("xl/worksheets/sheet1.xml").getBytes(StandardCharsets.UTF_8)));
      NodeList cells = sheet.getElementsByTagNameNS("*", "c");
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < cells.getLength(); i++) {
        Element cell = (Element) cells.item(i);
        String value = cell.getTextContent();
        String style = cell.getAttribute("s");
        values.put(cell.getAttribute("r"), style.isEmpty() ? value : value + "@s" + style);
      }
      return values;
    } catch (Exception e) {
      throw new IllegalStateException("Not a readable workbook", e);
    }
  }
}
