package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.common.config.DurationConverter;
import io.github.receiptbridge.app.common.config.MonthConverter;
import io.github.receiptbridge.app.common.service.DemoSandboxes;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sandbox}: starts both simulators with demo data, prints their addresses and credentials as {@code export}
 * lines to paste into another terminal, and runs until the process is killed (or its thread interrupted).
 */
@Command(name = "sandbox", description = "Start both simulators with demo data through today, print ready-to-paste "
    + "export lines for another terminal, and run until stopped with Ctrl+C.")
public final class SandboxCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
      description = "One fixed demo month (default: the previous month and the current month through today).")
  private @Nullable YearMonth month;

  @Option(names = "--processing-delay", paramLabel = "<duration>", defaultValue = "200ms",
      converter = DurationConverter.class,
      description = "How long Счетмаш takes to fiscalize a receipt (default: ${DEFAULT-VALUE}).")
  private Duration processingDelay;

  @Option(names = "--schetmash-latency", paramLabel = "<duration>", defaultValue = "0ms",
      converter = DurationConverter.class,
      description = "Delay added to every Счетмаш answer, to watch or test a slow service (default: none).")
  private Duration schetmashLatency;

  @Option(names = "--onec-latency", paramLabel = "<duration>", defaultValue = "0ms",
      converter = DurationConverter.class,
      description = "Delay added to every 1C answer (default: none).")
  private Duration onecLatency;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  /** The command in {@code context}. */
  public SandboxCommand(CliContext context) {
    this.context = context;
  }

  /** Runs the simulators until stopped; exit code 0. */
  @Override
  public Integer call() {
    boolean interrupted;
    try (DemoSandboxes sandboxes = month != null ? DemoSandboxes.start(month, processingDelay)
        : DemoSandboxes.startThrough(LocalDate.now(context.clock().withZone(DemoSandboxes.ZONE)), processingDelay)) {
      sandboxes.schetmash().behavior().latency(schetmashLatency);
      sandboxes.onec().behavior().latency(onecLatency);
      PrintStream out = context.out();
      out.println("# Receipt Bridge sandboxes, " + sandboxes.describe());
      out.println("# Paste these lines into another terminal, then run for example: "
          + "java -jar receiptbridge-app/target/receiptbridge-cli.jar run");
      sandboxes.exportLines().forEach(out::println);
      out.flush();
      context.err().println("Sandboxes running; stop them with Ctrl+C.");
      context.err().flush();
      interrupted = awaitStop();
    }
    if (interrupted) {
      Thread.currentThread().interrupt(); // restored only now: the simulators cannot shut down while it is set
    }
    return ExitCodes.SUCCESS;
  }

  /** Blocks until the thread is interrupted (a killed process never returns); true when interrupted. */
  private static boolean awaitStop() {
    try {
      new CountDownLatch(1).await();
      return false;
    } catch (InterruptedException stopped) {
      return true;
    }
  }
}
