package io.github.receiptbridge.app;


import io.github.receiptbridge.app.common.ExitCodes;


import io.github.receiptbridge.app.common.CliContext;

import io.github.receiptbridge.app.bench.BenchCommand;
import io.github.receiptbridge.app.cli.AuditCommand;
import io.github.receiptbridge.app.cli.CheckSetupCommand;
import io.github.receiptbridge.app.cli.FillCommand;
import io.github.receiptbridge.app.cli.LateCommand;
import io.github.receiptbridge.app.cli.RegisterCommand;
import io.github.receiptbridge.app.cli.CorrectCommand;
import io.github.receiptbridge.app.cli.RefundCommand;
import io.github.receiptbridge.app.cli.ReissueCommand;
import io.github.receiptbridge.app.cli.RunCommand;
import io.github.receiptbridge.app.cli.SandboxCommand;
import io.github.receiptbridge.app.cli.StatusCommand;
import io.github.receiptbridge.app.serve.ServeCommand;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code receiptbridge-cli}: turns 1C bank receipts into Счетмаш receipts from the command line. With neither {@code
 * SCHETMASH_URL} nor {@code ONEC_ODATA_URL} set it runs on the built-in sandboxes, so {@code java -jar
 * receiptbridge-cli.jar run} shows the whole product offline.
 *
 * <p>Tests and embedding applications run it in-process with {@link #execute(Map, PrintStream, PrintStream,
 * String...)}, or with {@link #execute(CliContext, String...)} and a {@link CliContext} of their own (a fixed clock, a
 * terminal).
 */
@Command(name = "receiptbridge-cli",
    description = "Registers fiscal receipts in «Счетмаш Онлайн» for the bank receipts of 1C:Бухгалтерия 3.0, "
        + "exactly once each.",
    subcommands = {FillCommand.class, RegisterCommand.class, StatusCommand.class, RunCommand.class,
        AuditCommand.class, LateCommand.class, ReissueCommand.class, RefundCommand.class, CorrectCommand.class, CheckSetupCommand.class, SandboxCommand.class, BenchCommand.class,
        ServeCommand.class},
    versionProvider = CliVersion.class,
    footer = {"", "Exit codes: 0 done, 1 some documents failed or are pending, 2 usage or configuration error, "
        + "3 authentication, connection or 1C setup error."})
public final class ReceiptBridgeCli implements Callable<Integer> {
  private final CliContext context;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true,
      description = "Print the version and the git commit it was built from, and exit.")
  private boolean version;

  @Spec
  private CommandSpec spec;

  /** The top command in {@code context}. */
  public ReceiptBridgeCli(CliContext context) {
    this.context = context;
  }

  /** Without a command: the usage on stderr, exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The picocli command line of the app, writing to {@code context}'s streams. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(new ReceiptBridgeCli(context), new CommandFactory(context));
    commandLine.setOut(new PrintWriter(context.out(), true));
    commandLine.setErr(new PrintWriter(context.err(), true));
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    return commandLine;
  }

  /**
   * Runs the app.
   *
   * @return the exit code (see {@link ExitCodes})
   */
  public static int execute(CliContext context, String... args) {
    return commandLine(context).execute(args);
  }

  /**
   * Runs the app as in a pipe (no terminal, the system clock) with its own environment and output streams.
   *
   * @param environment the app's only environment variables (configuration keys, see {@code ConfigKey})
   * @param out where results go
   * @param err where progress, notices and errors go
   * @param args the command line
   * @return the exit code (see {@link ExitCodes})
   */
  public static int execute(Map<String, String> environment, PrintStream out, PrintStream err, String... args) {
    return execute(CliContext.unattended(environment, out, err, Clock.systemDefaultZone()), args);
  }

  /** Runs the app in this process's environment and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(CliContext.system(), args));
  }
}
