package io.github.receiptbridge.app.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.cli.output.TablePrinter.Column;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablePrinterTest {
  @Test
  void padsCutsAndAlignsColumns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TablePrinter table = new TablePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        List.of(Column.left("name", 6), Column.right("sum", 7), Column.left("note", 0)));

    table.printHeader();
    table.printRow(List.of("Ромашка-Лесное", "1520.40", "any length at the end"));
    table.printRow(List.of("УК", "5", ""));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "name        sum  note",
        "------  -------  ----",
        "Ромаш…  1520.40  any length at the end",
        "УК            5");
  }
}
