package io.github.receiptbridge.app.common.service;

import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The app's receipt journal: {@code RECEIPT_JOURNAL} (the configuration's, else the environment's; {@code journal}
 * in {@code serve}'s file), else the per-user file of the environment
 * ({@code $XDG_DATA_HOME}, {@code %LOCALAPPDATA%} or {@code $HOME}); on the built-in sandbox without {@code
 * RECEIPT_JOURNAL}, a file in a temporary folder removed at close, so the demo never mixes with a real journal.
 * Closing it closes the journal.
 *
 * @param journal the opened journal
 * @param file the journal's file (serve keeps its history of passes in it too)
 * @param temporaryFolder the sandbox's temporary folder, removed at close
 */
public record JournalFile(ReceiptJournal journal, Path file, Optional<Path> temporaryFolder) implements AutoCloseable {
  private static final String FILE = "journal.db";
  private static final String FOLDER = "receiptbridge";

  /**
   * Where the journal of real services is kept.
   *
   * @param environment the app's environment variables, for the per-user default
   * @throws ConfigurationException when neither {@code RECEIPT_JOURNAL} nor a per-user folder is there
   */
  public static Path location(Configuration config, Map<String, String> environment) {
    Optional<Path> set = config.value(ConfigKey.RECEIPT_JOURNAL)
        .or(() -> Optional.ofNullable(environment.get(ConfigKey.RECEIPT_JOURNAL.name())))
        .filter(text -> !text.isBlank()).map(Path::of);
    if (set.isPresent()) {
      return set.get();
    }
    Optional<Path> perUser = folder(environment, "XDG_DATA_HOME")
        .or(() -> folder(environment, "LOCALAPPDATA"))
        .or(() -> folder(environment, "HOME").map(home -> home.resolve(".local").resolve("share")));
    return perUser.map(folder -> folder.resolve(FOLDER).resolve(FILE)).orElseThrow(() -> new ConfigurationException(
        "RECEIPT_JOURNAL is not set, and the environment has neither XDG_DATA_HOME, LOCALAPPDATA nor HOME for the "
            + "per-user default: set RECEIPT_JOURNAL (serve: journal) to the receipt journal's file"));
  }

  /**
   * Opens the journal.
   *
   * @param sandbox whether the app runs on the built-in sandbox
   * @throws ConfigurationException when its location is not known
   * @throws JournalException when it cannot be opened or created
   */
  public static JournalFile open(Configuration config, Map<String, String> environment, boolean sandbox) {
    if (sandbox && !config.isSet(ConfigKey.RECEIPT_JOURNAL)
        && !environment.containsKey(ConfigKey.RECEIPT_JOURNAL.name())) {
      Path folder;
      try {
        folder = Files.createTempDirectory("receiptbridge-sandbox-journal");
      } catch (IOException e) {
        throw new JournalException("No temporary folder for the sandbox's receipt journal: " + e.getMessage()
            + ". Set RECEIPT_JOURNAL to a file.", e);
      }
      Path file = folder.resolve(FILE);
      return new JournalFile(ReceiptJournal.sqlite(file), file, Optional.of(folder));
    }
    Path file = location(config, environment);
    return new JournalFile(ReceiptJournal.sqlite(file), file, Optional.empty());
  }

  private static Optional<Path> folder(Map<String, String> environment, String variable) {
    return Optional.ofNullable(environment.get(variable)).filter(text -> !text.isBlank()).map(Path::of);
  }

  /** Closes the journal and removes the sandbox's temporary folder. */
  @Override
  public void close() {
    journal.close();
    temporaryFolder.ifPresent(JournalFile::delete);
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the sandbox's journal folder " + folder, e);
    }
  }
}
