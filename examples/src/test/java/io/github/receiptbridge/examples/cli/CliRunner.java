package io.github.receiptbridge.examples.cli;

import io.github.receiptbridge.examples.cli.service.DemoSandboxes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs the app in-process with an injected environment and captured output, as a test sees it. */
public final class CliRunner {
  private CliRunner() {}

  /** What one invocation did. */
  public record Result(int exitCode, String out, String err) {
    /** The lines of stderr that report an error. */
    public long errorLines() {
      return err.lines().filter(line -> line.startsWith("error: ")).count();
    }

    /** Whether stderr holds a stack trace. */
    public boolean hasStackTrace() {
      return err.lines().anyMatch(line -> line.trim().startsWith("at ") || line.contains("Exception in thread"));
    }
  }

  /** Runs {@code args} with the given environment variables and no terminal. */
  public static Result run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      CliContext context = new CliContext(environment, outStream, errStream, false, Clock.systemDefaultZone());
      int exitCode = ReceiptBridgeCli.execute(context, args);
      return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  /** The environment variables that point the app at {@code sandboxes}; a mutable copy, for a test to change. */
  public static Map<String, String> environmentOf(DemoSandboxes sandboxes) {
    Map<String, String> environment = new HashMap<>();
    sandboxes.connectionSettings().forEach((key, value) -> environment.put(key.name(), value));
    return environment;
  }

  /** Runs {@code args} on the built-in sandbox (an empty environment). */
  public static Result runOnSandbox(String... args) {
    return run(Map.of(), args);
  }
}
