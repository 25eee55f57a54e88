package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.CliContext;

import io.github.receiptbridge.app.ReceiptBridgeCli;

import io.github.receiptbridge.app.common.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.testkit.InProcessCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: started by the {@code sandbox} command and pointed at through the environment variables it prints, the
 * app behaves exactly as it does on the in-process sandbox.
 */
class ExternalSandboxTest {
  private static final Pattern EXPORT = Pattern.compile("^export ([A-Z_]+)='(.*)'$", Pattern.MULTILINE);

  @TempDir
  Path folder;

  private final ByteArrayOutputStream sandboxOut = new ByteArrayOutputStream();
  private final ByteArrayOutputStream sandboxErr = new ByteArrayOutputStream();
  private final AtomicInteger sandboxExit = new AtomicInteger(-1);
  private Thread sandboxThread;

  @BeforeEach
  void startSandboxCommand() throws InterruptedException {
    PrintStream out = new PrintStream(sandboxOut, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(sandboxErr, true, StandardCharsets.UTF_8);
    CliContext context = CliContext.unattended(Map.of(), out, err, CliRunner.clock());
    sandboxThread = new Thread(() -> sandboxExit.set(ReceiptBridgeCli.execute(context, "sandbox")), "sandbox-command");
    sandboxThread.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!sandboxOut.toString(StandardCharsets.UTF_8).contains("export ONEC_TIMEZONE")
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  @AfterEach
  void stopSandboxCommand() throws InterruptedException {
    sandboxThread.interrupt();
    sandboxThread.join(10_000);
    assertThat(sandboxExit).as(sandboxErr.toString(StandardCharsets.UTF_8)).hasValue(0);
  }

  private Map<String, String> exportedEnvironment() {
    Map<String, String> environment = new LinkedHashMap<>();
    Matcher matcher = EXPORT.matcher(sandboxOut.toString(StandardCharsets.UTF_8));
    while (matcher.find()) {
      environment.put(matcher.group(1), matcher.group(2));
    }
    return environment;
  }

  @Test
  void theSandboxCommandPrintsReadyToPasteExportLines() {
    assertThat(exportedEnvironment()).containsOnlyKeys("SCHETMASH_URL", "SCHETMASH_LOGIN", "SCHETMASH_PASSWORD",
        "SCHETMASH_SHOP_ID", "ONEC_ODATA_URL", "ONEC_USER", "ONEC_PASSWORD", "ONEC_TIMEZONE");
    assertThat(exportedEnvironment().get("SCHETMASH_URL")).startsWith("http://127.0.0.1:");
  }

  @Test
  void pointedAtTheSandboxByEnvironmentTheAppWorksAsInProcess() throws IOException, InterruptedException {
    Map<String, String> environment = exportedEnvironment();
    InProcessCli.Result setup = CliRunner.run(environment, "check-setup");
    assertThat(setup.exitCode()).as(setup.out() + setup.err()).isZero();
    assertThat(setup.out()).contains("1C setup is complete").contains("login accepted").contains("7701234567");
    assertThat(setup.err()).doesNotContain("built-in sandbox");

    Path external = folder.resolve("external.json");
    InProcessCli.Result register = CliRunner.run(environment, "register", "--organization", "7701234567",
        "--report", external.toString());
    assertThat(register.exitCode()).as(register.err()).isZero();
    InProcessCli.Result status = awaitAllSuccessful(environment);

    Path inProcess = folder.resolve("in-process.json");
    InProcessCli.Result registerInProcess = CliRunner.runOnSandbox("register", "--report", inProcess.toString());
    assertThat(registerInProcess.exitCode()).as(registerInProcess.err()).isZero();

    JsonNode externalReport = new ObjectMapper().readTree(external.toFile());
    JsonNode inProcessReport = new ObjectMapper().readTree(inProcess.toFile());
    assertThat(actionsByNumber(externalReport)).isEqualTo(actionsByNumber(inProcessReport));
    assertThat(externalReport.get("totals")).isEqualTo(inProcessReport.get("totals"));
    assertThat(status.out()).contains("receipts success").contains("receipts pending (accept, processing)");

    InProcessCli.Result again = CliRunner.run(environment, "register", "--organization", "7701234567");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).containsPattern("\\bsent\\s+0\\b");
  }

  @Test
  void theConfigFileWinsOverTheEnvironment() throws IOException {
    Path config = folder.resolve("receiptbridge.properties");
    StringBuilder text = new StringBuilder("# written by the test\n");
    exportedEnvironment().forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    Files.writeString(config, text, StandardCharsets.UTF_8);
    Map<String, String> wrongEnvironment = new LinkedHashMap<>(exportedEnvironment());
    wrongEnvironment.put("SCHETMASH_PASSWORD", "wrong");
    wrongEnvironment.put("ONEC_PASSWORD", "wrong");

    InProcessCli.Result result = CliRunner.run(wrongEnvironment, "check-setup", "--config", config.toString());

    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(CliRunner.run(wrongEnvironment, "check-setup").exitCode()).isEqualTo(ExitCodes.SETUP);
  }

  private static InProcessCli.Result awaitAllSuccessful(Map<String, String> environment) throws InterruptedException {
    InProcessCli.Result status = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      status = CliRunner.run(environment, "status", "--organization", "7701234567");
      if (status.exitCode() == 0) {
        return status;
      }
      assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.INCOMPLETE);
      Thread.sleep(250);
    }
    throw new AssertionError("receipts not final after 20 status passes: " + status.out());
  }

  private static Map<String, String> actionsByNumber(JsonNode report) {
    Map<String, String> actions = new TreeMap<>();
    report.get("outcomes").forEach(outcome -> actions.put(outcome.get("number").asText(),
        outcome.get("action").asText() + " " + outcome.path("reason").asText("")));
    return actions;
  }
}
