package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.ReceiptBridgeCli;

import io.github.receiptbridge.app.common.CliContext;

import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.testkit.InProcessCli;
import io.github.receiptbridge.testkit.RunningClock;
import io.github.receiptbridge.testkit.TestJournals;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The app run by the testkit's {@link InProcessCli}, with the environments the CLI tests need, on a clock that starts
 * at {@link #NOW} on every run, so the default period and the in-process demo data are the same on every day.
 */
public final class CliRunner {
  /** The moment the CLI tests run at: Monday 7 December 2026, noon in Moscow. */
  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 7, 12, 0, 0, 0, DemoSandboxes.ZONE);
  /** {@link #NOW}'s date: the default period is 2026-11-01..2026-12-07. */
  static final LocalDate TODAY = NOW.toLocalDate();

  private CliRunner() {}

  /** A clock that starts at {@link #NOW} and runs on. */
  static Clock clock() {
    return RunningClock.startingAt(NOW);
  }

  /**
   * Runs {@code args} with the given environment variables, no terminal and {@link #clock()}. Without {@code
   * RECEIPT_JOURNAL} the run gets a journal of its own 1C simulator in a temporary folder, shared by the runs against
   * that simulator, so no test writes to the user's journal or reads another test's.
   */
  static InProcessCli.Result run(Map<String, String> environment, String... args) {
    return InProcessCli.run((env, out, err, arguments) -> ReceiptBridgeCli.execute(
        CliContext.unattended(env, out, err, clock()), arguments), TestJournals.withJournal(environment), args);
  }

  /** Runs {@code args} as {@link #run} does, for the demo organization («УК Ромашка»). */
  static InProcessCli.Result runForDemoOrganization(Map<String, String> environment, String... args) {
    String[] withOrganization = Arrays.copyOf(args, args.length + 2);
    withOrganization[args.length] = "--organization";
    withOrganization[args.length + 1] = DemoSandboxes.DEMO_ORGANIZATION;
    return run(environment, withOrganization);
  }

  /** Both simulators with the demo data through {@link #TODAY}. */
  static DemoSandboxes startSandboxes(Duration processingDelay) {
    return DemoSandboxes.startThrough(TODAY, processingDelay);
  }

  /** Runs {@code args} on the built-in sandbox (an empty environment). */
  public static InProcessCli.Result runOnSandbox(String... args) {
    return run(Map.of(), args);
  }

  /** The environment variables that point the app at {@code sandboxes}; a mutable copy, for a test to change. */
  static Map<String, String> environmentOf(DemoSandboxes sandboxes) {
    Map<String, String> environment = new HashMap<>();
    sandboxes.connectionSettings().forEach((key, value) -> environment.put(key.name(), value));
    return environment;
  }
}
