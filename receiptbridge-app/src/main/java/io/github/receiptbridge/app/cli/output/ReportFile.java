package io.github.receiptbridge.app.cli.output;

import io.github.receiptbridge.app.common.LateReceiptSheet;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.LateReceiptFormats;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --report} file: JSON ({@link RunReport#toJson(java.util.function.Function)}) or CSV ({@link
 * RunReport#toCsv(java.util.function.Function)}), with the reasons in {@link EnglishReasons}' words, by its extension,
 * one record per document; or the late-receipt register ({@link LateReceiptFormats}, or an Excel workbook). Checked when the command starts,
 * so a typo costs nothing.
 */
public final class ReportFile {
  /** The late register's columns in English, in the order of {@link LateReceiptSheet#COLUMNS}. */
  private static final List<String> LATE_HEADERS = List.of("Number", "Payment date", "Amount", "Due by",
      "Fiscalized at", "Days late", "Receipt", "FN", "FD", "FPD", "Shift", "Receipt in shift", "External id",
      "Document key");

  /** The formats a report file can have, by its extension. */
  private enum Format {
    JSON, CSV, XLSX
  }

  private final Path path;
  private final Format format;

  private ReportFile(Path path, Format format) {
    this.path = path;
    this.format = format;
  }

  /**
   * The report file at {@code path}.
   *
   * @throws ConfigurationException when the extension is neither {@code .json} nor {@code .csv}, or the folder
   *     does not exist
   */
  public static ReportFile of(Path path) {
    return of(path, List.of(Format.JSON, Format.CSV));
  }

  /**
   * The file of the late-receipt register at {@code path}: JSON, CSV or an Excel workbook ({@code .xlsx}).
   *
   * @throws ConfigurationException when the extension is none of these, or the folder does not exist
   */
  public static ReportFile ofLateRegister(Path path) {
    return of(path, List.of(Format.JSON, Format.CSV, Format.XLSX));
  }

  private static ReportFile of(Path path, List<Format> allowed) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    Format format = allowed.stream().filter(candidate -> name.endsWith("." + candidate.name().toLowerCase(Locale.ROOT)))
        .findFirst().orElseThrow(() -> new ConfigurationException("--report " + path + ": the file name must end with "
            + String.join(" or ", allowed.stream().map(f -> "." + f.name().toLowerCase(Locale.ROOT)).toList())));
    Path folder = path.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new ConfigurationException("--report " + path + ": the folder " + folder + " does not exist");
    }
    return new ReportFile(path, format);
  }

  /** Where the report goes. */
  public Path path() {
    return path;
  }

  /**
   * Writes {@code report}, replacing the file.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(RunReport report) {
    write(format == Format.JSON ? report.toJson(EnglishReasons::text) : report.toCsv(EnglishReasons::text));
  }

  /**
   * Writes the late-receipt register {@code receipts}, replacing the file.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(List<LateReceipt> receipts) {
    switch (format) {
      case JSON -> write(LateReceiptFormats.json(receipts).getBytes(StandardCharsets.UTF_8));
      case CSV -> write(LateReceiptFormats.csv(receipts).getBytes(StandardCharsets.UTF_8));
      case XLSX -> write(LateReceiptSheet.xlsx(receipts, "Late receipts", LATE_HEADERS));
    }
  }

  private void write(String content) {
    write(content.getBytes(StandardCharsets.UTF_8));
  }

  private void write(byte[] content) {
    try {
      Files.write(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report to " + path + ": " + e.getMessage(), e);
    }
  }
}
