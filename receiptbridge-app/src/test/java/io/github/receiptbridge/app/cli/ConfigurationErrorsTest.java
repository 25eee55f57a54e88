package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.testkit.InProcessCli;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: bad configuration ends with exit code 2 (wrong on the command line or in the configuration) or 3
 * (refused, unreachable or not set up), one line that says what to do, and no stack trace unless {@code --verbose}.
 */
class ConfigurationErrorsTest {
  private static DemoSandboxes sandboxes;

  @BeforeAll
  static void startSandboxes() {
    sandboxes = CliRunner.startSandboxes(Duration.ZERO);
  }

  @AfterAll
  static void stopSandboxes() {
    sandboxes.close();
  }

  private static Map<String, String> sandboxEnvironment() {
    return CliRunner.environmentOf(sandboxes);
  }

  private static void assertOneLineError(InProcessCli.Result result, int exitCode, String expectedText) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
    assertThat(result.errorLines()).as(result.err()).hasSize(1);
    assertThat(result.err()).contains(expectedText);
    assertThat(result.hasStackTrace()).as(result.err()).isFalse();
  }

  @Test
  void aMissingPasswordIsAConfigurationError() {
    Map<String, String> environment = sandboxEnvironment();
    environment.remove("SCHETMASH_PASSWORD");

    assertOneLineError(CliRunner.run(environment, "register", "--organization", "7701234567"), ExitCodes.USAGE,
        "SCHETMASH_PASSWORD is not set");
  }

  @Test
  void anUnreachableServiceIsASetupError() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Map<String, String> environment = sandboxEnvironment();
    environment.put("ONEC_ODATA_URL", "http://127.0.0.1:" + closedPort + "/acc");

    assertOneLineError(CliRunner.run(environment, "fill", "--organization", "7701234567"), ExitCodes.SETUP,
        "Cannot reach 1C");
  }

  @Test
  void wrongSchetmashCredentialsAreAnAuthenticationError() {
    Map<String, String> environment = sandboxEnvironment();
    environment.put("SCHETMASH_PASSWORD", "not-the-password");

    assertOneLineError(CliRunner.run(environment, "run", "--organization", "7701234567"), ExitCodes.SETUP,
        "Счетмаш refused the login or password");
  }

  @Test
  void wrong1cCredentialsAreAnAuthenticationError() {
    Map<String, String> environment = sandboxEnvironment();
    environment.put("ONEC_PASSWORD", "не-тот-пароль");

    assertOneLineError(CliRunner.run(environment, "fill", "--organization", "7701234567"), ExitCodes.SETUP,
        "1C refused the user or password");
  }

  @Test
  void anUnknownOrganizationIsASetupError() {
    assertOneLineError(CliRunner.runOnSandbox("fill", "--organization", "0000000000"), ExitCodes.SETUP,
        "No organization in 1C has the INN, name or key '0000000000'");
  }

  @Test
  void onlyOneOfTheTwoUrlsIsAConfigurationError() {
    Map<String, String> environment = Map.of("SCHETMASH_URL", sandboxes.schetmash().baseUrl());

    assertOneLineError(CliRunner.run(environment, "run"), ExitCodes.USAGE,
        "Only SCHETMASH_URL is set: set ONEC_ODATA_URL too");
  }

  @Test
  void aDurationWrittenInWordsIsAUsageError() {
    assertOneLineError(CliRunner.runOnSandbox("run", "--wait", "5 minutes"), ExitCodes.USAGE,
        "'5 minutes' is not a duration");
    assertOneLineError(CliRunner.runOnSandbox("run", "--wait", "5", "minutes"), ExitCodes.USAGE,
        "'5' is not a duration");
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedBeforeAnythingStarts() {
    InProcessCli.Result result = CliRunner.runOnSandbox("run", "--from", "2026-11-20", "--to", "2026-11-01");

    assertOneLineError(result, ExitCodes.USAGE, "--to 2026-11-01 is before --from 2026-11-20");
    assertThat(result.err()).doesNotContain("built-in sandbox");
  }

  @Test
  void anOrganizationIsRequiredWithRealServices() {
    assertOneLineError(CliRunner.run(sandboxEnvironment(), "fill"), ExitCodes.USAGE,
        "--organization is required");
  }

  @Test
  void aReportFileMustBeJsonOrCsv() {
    assertOneLineError(CliRunner.runOnSandbox("register", "--report", "report.txt"), ExitCodes.USAGE,
        "must end with .json or .csv");
  }

  @Test
  void aMissingConfigFileIsAConfigurationError() {
    assertOneLineError(CliRunner.runOnSandbox("fill", "--config", "no-such-file.properties"), ExitCodes.USAGE,
        "it does not exist");
  }

  @Test
  void aMalformedTaxRuleIsAConfigurationError() {
    assertOneLineError(CliRunner.run(Map.of("RECEIPT_TAX", "vat20"), "fill"), ExitCodes.USAGE,
        "RECEIPT_TAX must be 'none'");
  }

  @Test
  void verboseShowsTheStackTrace() {
    InProcessCli.Result result = CliRunner.runOnSandbox("fill", "--organization", "0000000000", "--verbose");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.SETUP);
    assertThat(result.hasStackTrace()).isTrue();
  }

  @Test
  void noCommandShowsTheUsageWithExitCode2() {
    InProcessCli.Result result = CliRunner.runOnSandbox();

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("Usage: receiptbridge-cli").contains("run").contains("check-setup");
  }

  @Test
  void anUnknownPaymentObjectOrMethodIsAConfigurationErrorNamingTheKeyAndTheAllowedNames() {
    Map<String, String> numbered = sandboxEnvironment();
    numbered.put("RECEIPT_PAYMENT_OBJECT", "4");
    Map<String, String> misspelt = sandboxEnvironment();
    misspelt.put("RECEIPT_PAYMENT_METHOD", "full");

    assertOneLineError(CliRunner.run(numbered, "fill", "--organization", "7701234567"), ExitCodes.USAGE,
        "RECEIPT_PAYMENT_OBJECT must be one of COMMODITY, EXCISE, JOB, SERVICE, GAMBLING_BET");
    assertOneLineError(CliRunner.run(misspelt, "fill", "--organization", "7701234567"), ExitCodes.USAGE,
        "RECEIPT_PAYMENT_METHOD must be one of FULL_PREPAYMENT, PREPAYMENT, ADVANCE, FULL_PAYMENT, PARTIAL_PAYMENT,"
            + " CREDIT, CREDIT_PAYMENT (in any case), was 'full'");
  }
}
