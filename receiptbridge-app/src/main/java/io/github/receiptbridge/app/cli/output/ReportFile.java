package io.github.receiptbridge.app.cli.output;

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
 * one record per document; or the late-receipt register ({@link LateReceiptFormats}). Checked when the command starts,
 * so a typo costs nothing.
 */
public final class ReportFile {
  private final Path path;
  private final boolean json;

  private ReportFile(Path path, boolean json) {
    this.path = path;
    this.json = json;
  }

  /**
   * The report file at {@code path}.
   *
   * @throws ConfigurationException when the extension is neither {@code .json} nor {@code .csv}, or the folder
   *     does not exist
   */
  public static ReportFile of(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".json") && !name.endsWith(".csv")) {
      throw new ConfigurationException("--report " + path + ": the file name must end with .json or .csv");
    }
    Path folder = path.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new ConfigurationException("--report " + path + ": the folder " + folder + " does not exist");
    }
    return new ReportFile(path, name.endsWith(".json"));
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
    write(json ? report.toJson(EnglishReasons::text) : report.toCsv(EnglishReasons::text));
  }

  /**
   * Writes the late-receipt register {@code receipts}, replacing the file.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(List<LateReceipt> receipts) {
    write(json ? LateReceiptFormats.json(receipts) : LateReceiptFormats.csv(receipts));
  }

  private void write(String content) {
    try {
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report to " + path + ": " + e.getMessage(), e);
    }
  }
}
