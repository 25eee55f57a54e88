package io.github.receiptbridge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A temporary folder for the receipt journals of a test JVM, removed when the JVM ends, so that no test writes to the
 * user's own journal ({@code ~/.local/share/receiptbridge/journal.db}) or reads another run's.
 *
 * @since 0.1.0
 */
public final class TestJournals {
  private static final Path FOLDER = create();

  private TestJournals() {}

  /**
   * The folder, the same for every caller in this JVM.
   *
   * @return a temporary directory that a shutdown hook deletes with its journals when the JVM ends
   */
  public static Path folder() {
    return FOLDER;
  }

  /**
   * {@code environment} with {@code RECEIPT_JOURNAL} in this folder, one file per 1C simulator ({@code
   * ONEC_ODATA_URL}), so the app's runs against one simulator share a journal and no run reads another's; unchanged
   * when it names a journal already or configures no 1C (the app's built-in sandbox keeps a journal of its own).
   *
   * @param environment the app's environment variables, which stay unchanged
   * @return a copy with {@code RECEIPT_JOURNAL} added, or {@code environment} itself when it has one already or no
   *     {@code ONEC_ODATA_URL}
   */
  public static Map<String, String> withJournal(Map<String, String> environment) {
    String onec = environment.get("ONEC_ODATA_URL");
    if (environment.containsKey("RECEIPT_JOURNAL") || onec == null) {
      return environment;
    }
    Map<String, String> withJournal = new HashMap<>(environment);
    withJournal.put("RECEIPT_JOURNAL", FOLDER.resolve(Integer.toHexString(onec.hashCode()) + ".db").toString());
    return withJournal;
  }

  private static Path create() {
    try {
      Path folder = Files.createTempDirectory("receiptbridge-test-journals");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "test-journals-cleanup"));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for the test journals", e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + folder, e);
    }
  }
}
