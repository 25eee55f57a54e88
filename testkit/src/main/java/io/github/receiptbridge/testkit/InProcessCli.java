package io.github.receiptbridge.testkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a command-line app in the test's JVM, with an environment of its own and its output captured, as a user
 * would see it in a pipe (no terminal).
 *
 * <pre>{@code
 * InProcessCli.Result result = InProcessCli.run(ReceiptBridgeCli::execute, Map.of(), "fill");
 * assertThat(result.exitCode()).as(result.err()).isZero();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InProcessCli {
  private InProcessCli() {}

  /** The app's entry point as a test calls it. */
  @FunctionalInterface
  public interface Entry {
    /**
     * Runs the app once.
     *
     * @param environment the app's only environment variables
     * @param out its standard output
     * @param err its standard error
     * @param args the command line
     * @return the exit code
     */
    int execute(Map<String, String> environment, PrintStream out, PrintStream err, String... args);
  }

  /**
   * What one invocation did.
   *
   * @param exitCode the exit code
   * @param out everything written to standard output
   * @param err everything written to standard error
   */
  public record Result(int exitCode, String out, String err) {
    /**
     * The lines of stderr that report an error ({@code error: …}).
     *
     * @return the lines that start with {@code "error: "}, in order; empty when the run reported no error
     */
    public List<String> errorLines() {
      return err.lines().filter(line -> line.startsWith("error: ")).toList();
    }

    /**
     * Whether stderr holds a stack trace, which a user should never see without {@code --verbose}.
     *
     * @return {@code true} when a line of stderr starts with {@code at} or holds {@code Exception in thread} or {@code
     *     Caused by:}
     */
    public boolean hasStackTrace() {
      return err.lines().anyMatch(line -> line.trim().startsWith("at ") || line.contains("Exception in thread")
          || line.contains("Caused by:"));
    }
  }

  /**
   * Runs {@code args} with {@code environment} as the app's only environment.
   *
   * @param entry the app's entry point
   * @param environment its environment variables
   * @param args the command line
   * @return the exit code and the captured output
   */
  public static Result run(Entry entry, Map<String, String> environment, String... args) {
    Objects.requireNonNull(entry, "entry");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      int exitCode = entry.execute(environment, outStream, errStream, args);
      return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}
