package io.github.receiptbridge.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Collects the {@link Trial}s of every test class that registers this extension and, when the whole run ends,
 * prints them as the Markdown table the README shows and writes it to {@code target/reliability-table.md}.
 */
public final class ReliabilityTable implements BeforeAllCallback {
  private static final List<Trial> TRIALS = new ArrayList<>();
  private static final List<String> ORDER = List.of("Duplicates", "Journal", "Refund", "Crash", "Soak", "Fault",
      "Bad input", "Security");

  /** Adds a row; trials record themselves once they have passed their assertions. */
  static synchronized void record(Trial trial) {
    TRIALS.add(trial);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(ReliabilityTable.class, key -> new Printer(), Printer.class);
  }

  private static synchronized List<Trial> sortedTrials() {
    List<Trial> sorted = new ArrayList<>(TRIALS);
    sorted.sort(Comparator.comparingInt((Trial trial) -> ORDER.indexOf(trial.area())));
    return sorted;
  }

  /** Prints the table when JUnit closes the root store, after the last test. */
  private static final class Printer implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      List<Trial> trials = sortedTrials();
      StringBuilder table = new StringBuilder()
          .append("| Area | What was tried | Times | What happened | Duplicates | Lost |\n")
          .append("|---|---|---|---|---|---|\n");
      trials.forEach(trial -> table.append(trial.markdown()).append('\n'));
      table.append("| **Total** | ").append(trials.size()).append(" trials | ")
          .append(trials.stream().mapToInt(Trial::times).sum()).append(" | | ")
          .append(trials.stream().mapToInt(Trial::duplicates).sum()).append(" | ")
          .append(trials.stream().mapToInt(Trial::lost).sum()).append(" |\n");
      System.out.println();
      System.out.println("Reliability table (" + trials.size() + " trials):");
      System.out.print(table);
      try {
        Path file = Path.of("target", "reliability-table.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the reliability table", e);
      }
    }
  }
}
