package io.github.receiptbridge.app.common;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may touch of the world: the environment variables, the two output streams, whether a person is
 * watching a terminal, and the clock. Tests pass their own, so no real environment variable or console is needed.
 *
 * @param environment the environment variables
 * @param out where results go (tables, summaries, export lines)
 * @param err where progress, notices and errors go
 * @param interactive whether a terminal is attached (a live progress bar instead of periodic lines)
 * @param clock the clock of the default period
 */
public record CliContext(Map<String, String> environment, PrintStream out, PrintStream err, boolean interactive,
    Clock clock) {

  /** A context; {@code environment} is copied. */
  public CliContext {
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * A context with no terminal attached (periodic progress lines, no live bar): for scripts, services and tests.
   */
  public static CliContext unattended(Map<String, String> environment, PrintStream out, PrintStream err,
      Clock clock) {
    return new CliContext(environment, out, err, false, clock);
  }

  /** The process's environment and standard streams, in the terminal's charset (UTF-8 when it has none or ASCII). */
  public static CliContext system() {
    Console console = System.console();
    Charset charset = console == null || console.charset().equals(StandardCharsets.US_ASCII)
        ? StandardCharsets.UTF_8 : console.charset();
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
    return new CliContext(System.getenv(), out, err, console != null, Clock.systemDefaultZone());
  }
}
