package io.github.receiptbridge.examples.cli;

import io.github.receiptbridge.examples.cli.service.DemoSandboxes;
import io.github.receiptbridge.testkit.InProcessCli;
import java.util.HashMap;
import java.util.Map;

/** The app run by the testkit's {@link InProcessCli}, with the environments the CLI tests need. */
final class CliRunner {
  private CliRunner() {}

  /** Runs {@code args} with the given environment variables and no terminal. */
  static InProcessCli.Result run(Map<String, String> environment, String... args) {
    return InProcessCli.run(ReceiptBridgeCli::execute, environment, args);
  }

  /** Runs {@code args} on the built-in sandbox (an empty environment). */
  static InProcessCli.Result runOnSandbox(String... args) {
    return run(Map.of(), args);
  }

  /** The environment variables that point the app at {@code sandboxes}; a mutable copy, for a test to change. */
  static Map<String, String> environmentOf(DemoSandboxes sandboxes) {
    Map<String, String> environment = new HashMap<>();
    sandboxes.connectionSettings().forEach((key, value) -> environment.put(key.name(), value));
    return environment;
  }
}
