package io.github.receiptbridge.reliability;

import io.github.receiptbridge.app.ReceiptBridgeCli;
import io.github.receiptbridge.testkit.FaketimeVariables;
import io.github.receiptbridge.testkit.TestJournals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts the command-line app in a child JVM, on this test's class path, with an environment of its own and its
 * output in files, so that it can be killed with SIGKILL like an operator's process.
 */
final class ChildCli {
  private final Path folder;
  private final Path journal;
  private int started;

  /**
   * Children write their output into {@code folder} and share one receipt journal of their own (unless an
   * environment names one), outside that folder.
   */
  ChildCli(Path folder) {
    this.folder = folder;
    this.journal = TestJournals.folder().resolve("child-" + UUID.randomUUID() + ".db");
  }

  /** The receipt journal the children share. */
  Path journal() {
    return journal;
  }

  /** A started child and where its output goes. */
  record Child(Process process, Path out, Path err) {
    String stdout() {
      return read(out);
    }

    String stderr() {
      return read(err);
    }

    private static String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Starts {@code receiptbridge-cli args…} with {@code environment} (and nothing of this JVM's environment but
   * {@code PATH} and {@code HOME}).
   *
   * @param jvmOptions extra JVM options, for example a log level
   */
  Child start(Map<String, String> environment, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ReceiptBridgeCli.class.getName());
    command.addAll(List.of(args));
    int number = ++started;
    String name = String.format("%03d-%s", number, args.length == 0 ? "cli" : args[0]);
    Path out = folder.resolve(name + ".out");
    Path err = folder.resolve(name + ".err");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    String path = env.get("PATH");
    String home = env.get("HOME");
    env.clear();
    if (path != null) {
      env.put("PATH", path);
    }
    if (home != null) {
      env.put("HOME", home);
    }
    FaketimeVariables.copyInto(env); // under faketime the child keeps this JVM's date
    env.putAll(environment);
    env.putIfAbsent("RECEIPT_JOURNAL", journal.toString()); // this test's, shared by its children; never the user's
    try {
      return new Child(builder.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a child JVM", e);
    }
  }

  /** Every file the children wrote, for grepping. */
  List<Path> outputFiles() {
    try (var files = Files.list(folder)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
