package io.github.receiptbridge.reliability;

import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Both simulators in a process of their own, started with the app's {@code sandbox} command, so that their state
 * survives every kill of the app; the app is pointed at them by the {@code export} lines the command prints.
 */
final class StandaloneSandboxes implements AutoCloseable {
  private static final Pattern EXPORT = Pattern.compile("^export ([A-Z_]+)='(.*)'$", Pattern.MULTILINE);

  private final ChildCli.Child child;
  private final Map<String, String> environment;

  private StandaloneSandboxes(ChildCli.Child child, Map<String, String> environment) {
    this.child = child;
    this.environment = environment;
  }

  /** Starts the {@code sandbox} command and waits for its export lines. */
  static StandaloneSandboxes start(ChildCli cli, YearMonth month, Duration processingDelay,
      Duration schetmashLatency, Duration onecLatency) throws InterruptedException {
    ChildCli.Child child = cli.start(Map.of(), List.of(), "sandbox", "--month", month.toString(),
        "--processing-delay", processingDelay.toMillis() + "ms",
        "--schetmash-latency", schetmashLatency.toMillis() + "ms",
        "--onec-latency", onecLatency.toMillis() + "ms");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!child.stdout().contains("export ONEC_TIMEZONE")) {
      if (!child.process().isAlive() || System.nanoTime() > deadline) {
        child.process().destroyForcibly();
        throw new IllegalStateException("the sandbox command did not start: " + child.stderr());
      }
      Thread.sleep(50);
    }
    Map<String, String> environment = new LinkedHashMap<>();
    Matcher matcher = EXPORT.matcher(child.stdout());
    while (matcher.find()) {
      environment.put(matcher.group(1), matcher.group(2));
    }
    return new StandaloneSandboxes(child, Map.copyOf(environment));
  }

  /** The configuration keys that point the app at these simulators. */
  Map<String, String> environment() {
    return environment;
  }

  /** An audit of both simulators over HTTP. */
  Audit audit() {
    return new Audit(environment.get("SCHETMASH_URL"), environment.get("ONEC_ODATA_URL"),
        environment.get("ONEC_USER"), environment.get("ONEC_PASSWORD"));
  }

  @Override
  public void close() {
    child.process().destroyForcibly();
    try {
      child.process().waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
