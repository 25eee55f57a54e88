package io.github.receiptbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.internal.schetmash.SchetmashCommandLine;
import io.github.receiptbridge.sandbox.internal.schetmash.SchetmashLauncher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Argument parsing of {@link SchetmashSandbox#main}. */
class CommandLineTest {
  @Test
  void defaultsAreAnyPortTestApiCredentialsShop42AndNoDelay() {
    SchetmashCommandLine options = SchetmashCommandLine.parse();

    assertThat(options).isEqualTo(new SchetmashCommandLine(0, "test_api", "123456", 42, Duration.ZERO, false));
  }

  @Test
  void everyOptionIsReadInSeparateAndEqualsForm() {
    SchetmashCommandLine options = SchetmashCommandLine.parse("--port", "18080", "--login=demo",
        "--password", "secret", "--shop-id=7", "--processing-delay", "PT5S");

    assertThat(options).isEqualTo(new SchetmashCommandLine(18080, "demo", "secret", 7, Duration.ofSeconds(5), false));
  }

  @Test
  void delaysAcceptIsoSecondsMillisAndBareMillis() {
    assertThat(SchetmashCommandLine.parseDuration("PT5S")).isEqualTo(Duration.ofSeconds(5));
    assertThat(SchetmashCommandLine.parseDuration("pt0.5s")).isEqualTo(Duration.ofMillis(500));
    assertThat(SchetmashCommandLine.parseDuration("5s")).isEqualTo(Duration.ofSeconds(5));
    assertThat(SchetmashCommandLine.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(SchetmashCommandLine.parseDuration("5000ms")).isEqualTo(Duration.ofSeconds(5));
    assertThat(SchetmashCommandLine.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(SchetmashCommandLine.parseDuration("250")).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> SchetmashCommandLine.parse("--port", "70000")).hasMessageContaining("port");
    assertThatThrownBy(() -> SchetmashCommandLine.parse("--port", "x")).hasMessageContaining("--port");
    assertThatThrownBy(() -> SchetmashCommandLine.parse("--login")).hasMessageContaining("missing value");
    assertThatThrownBy(() -> SchetmashCommandLine.parse("--verbose", "1")).hasMessageContaining("unknown option");
    assertThatThrownBy(() -> SchetmashCommandLine.parse("--processing-delay", "soon"))
        .hasMessageContaining("not a duration");
    assertThatThrownBy(() -> SchetmashCommandLine.parse("--processing-delay", "PT-1S"))
        .hasMessageContaining("negative");
  }

  @Test
  void launchStartsTheConfiguredSandboxAndPrintsBaseUrlAndCredentials() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    SchetmashCommandLine options = SchetmashCommandLine.parse("--login", "demo", "--password", "pw",
        "--shop-id", "7", "--processing-delay", "5s");

    try (SchetmashSandbox sandbox = SchetmashLauncher.launch(options,
        new PrintStream(captured, true, StandardCharsets.UTF_8))) {
      String printed = captured.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains("listening on " + sandbox.baseUrl(), "login=demo password=pw shop=7",
          "processing-delay=PT5S");
      assertThat(sandbox.shopId()).isEqualTo(7);
      assertThat(new SandboxHttp(sandbox).post("token", "{\"login\":\"demo\",\"password\":\"pw\"}").body())
          .contains("\"code\":3");
    }
  }

  @Test
  void helpPrintsUsageAndReturns() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      SchetmashSandbox.main(new String[] {"--help"});
    } finally {
      System.setOut(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("--processing-delay");
  }
}
