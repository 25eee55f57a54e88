package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.OnecSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Argument parsing and start-up of {@link OnecSandbox#main}. */
class OnecCommandLineTest {
  @Test
  void defaultsAreAnyPortTheCyrillicAdministratorAndNoDemo() {
    assertThat(OnecCommandLine.parse())
        .isEqualTo(new OnecCommandLine(0, "Администратор", "пароль", "acc", false, false));
  }

  @Test
  void everyOptionIsReadInSeparateAndEqualsForm() {
    assertThat(OnecCommandLine.parse("--port", "18081", "--user=Бухгалтер", "--password", "секрет",
        "--base-path=/buh/", "--demo"))
        .isEqualTo(new OnecCommandLine(18081, "Бухгалтер", "секрет", "buh", true, false));
    assertThat(OnecCommandLine.parse("--help").help()).isTrue();
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> OnecCommandLine.parse("--port", "70000")).hasMessageContaining("port");
    assertThatThrownBy(() -> OnecCommandLine.parse("--port", "x")).hasMessageContaining("--port");
    assertThatThrownBy(() -> OnecCommandLine.parse("--user")).hasMessageContaining("missing value");
    assertThatThrownBy(() -> OnecCommandLine.parse("--user", "")).hasMessageContaining("empty");
    assertThatThrownBy(() -> OnecCommandLine.parse("--demo=yes")).hasMessageContaining("no value");
    assertThatThrownBy(() -> OnecCommandLine.parse("--verbose", "1")).hasMessageContaining("unknown option");
  }

  @Test
  void launchStartsTheSandboxAndPrintsTheServiceRootAndCredentials() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    OnecCommandLine options = OnecCommandLine.parse("--user", "Бухгалтер", "--password", "секрет", "--demo");

    try (OnecSandbox sandbox = OnecLauncher.launch(options, new PrintStream(captured, true, StandardCharsets.UTF_8))) {
      String printed = captured.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains("listening on " + sandbox.serviceRoot(), "user=Бухгалтер password=секрет",
          "demo data: ");
      assertThat(sandbox.data().organizationKeys()).hasSize(2);
      assertThat(new OnecHttp(sandbox).get("Catalog_Организации?$format=json").status()).isEqualTo(200);
    }
  }

  @Test
  void helpPrintsUsageAndReturns() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      OnecSandbox.main(new String[] {"--help"});
    } finally {
      System.setOut(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("--demo", "--password");
  }
}
