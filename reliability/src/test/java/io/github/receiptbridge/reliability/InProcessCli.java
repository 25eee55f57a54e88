package io.github.receiptbridge.reliability;

import io.github.receiptbridge.examples.cli.CliContext;
import io.github.receiptbridge.examples.cli.ReceiptBridgeCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Runs the command-line app in this JVM with an environment of its own and its output captured. */
final class InProcessCli {
  private InProcessCli() {}

  /** What one invocation did. */
  record Result(int exitCode, String out, String err) {
    /** The lines of stderr that report an error. */
    List<String> errorLines() {
      return err.lines().filter(line -> line.startsWith("error: ")).toList();
    }

    /** Whether stderr holds a stack trace. */
    boolean hasStackTrace() {
      return err.lines().anyMatch(line -> line.trim().startsWith("at ") || line.contains("Exception in thread")
          || line.contains("Caused by:"));
    }
  }

  /** Runs {@code args} with {@code environment} as the app's only environment, without a terminal. */
  static Result run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      int exitCode = ReceiptBridgeCli.execute(new CliContext(environment, outStream, errStream, false,
          Clock.systemDefaultZone()), args);
      return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}
