package io.github.receiptbridge.app.serve;

import java.nio.file.Path;

/**
 * The {@code serve} configuration file is wrong: the message names the file, the line and the key, and says what to
 * write instead. Found before anything starts; {@code serve} then exits with code 2. Never quotes a secret.
 */
final class ConfigFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String key;

  /**
   * An error at {@code line} (1-based; 0 when it concerns the file as a whole) of {@code file}, about {@code key}.
   */
  ConfigFileException(Path file, int line, String key, String problem) {
    super(file + (line > 0 ? ", line " + line : "") + (key.isEmpty() ? "" : ", " + key) + ": " + problem);
    this.file = file;
    this.line = line;
    this.key = key;
  }

  /** An error about {@code file} as a whole: it cannot be read, or lacks something. */
  static ConfigFileException ofFile(Path file, String problem) {
    return new ConfigFileException(file, 0, "", problem);
  }

  /** An error about {@code key}, which is missing from {@code file} or wrong as a whole. */
  static ConfigFileException ofKey(Path file, String key, String problem) {
    return new ConfigFileException(file, 0, key, problem);
  }

  /** An error at {@code line} of {@code file}, which has no key. */
  static ConfigFileException ofLine(Path file, int line, String problem) {
    return new ConfigFileException(file, line, "", problem);
  }

  /** The configuration file. */
  Path file() {
    return file;
  }

  /** The 1-based line, 0 when the error concerns the file as a whole. */
  int line() {
    return line;
  }

  /** The key concerned, empty when the line has none. */
  String key() {
    return key;
  }
}
