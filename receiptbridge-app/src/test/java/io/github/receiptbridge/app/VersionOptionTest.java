package io.github.receiptbridge.app;

import io.github.receiptbridge.app.cli.CliRunner;


import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.testkit.InProcessCli;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --version}: one line with the version and the git commit the build saw, from the resource Maven filtered;
 * {@code commit unknown} when the build had no git checkout, never a raw {@code ${…}} placeholder.
 */
class VersionOptionTest {
  private static final String LINE = "receiptbridge-cli \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{7,}|unknown)\\)";

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void printsTheVersionAndTheCommitOnOneLineAndExitsZero(String option) {
    InProcessCli.Result result = CliRunner.runOnSandbox(option);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().strip()).matches(LINE);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theBuildFilledInTheVersion() {
    assertThat(CliVersion.line()).matches(LINE).doesNotContain("${").doesNotContain("version unknown");
  }

  @Test
  void theHelpNamesTheOption() {
    assertThat(CliRunner.runOnSandbox("--help").out()).contains("-V, --version");
  }

  @Test
  void aBuildOutsideAGitCheckoutSaysCommitUnknown() {
    Properties unfilled = new Properties();
    unfilled.setProperty("version", "0.1.0");
    unfilled.setProperty("commit", "${git.commit.id.abbrev}");

    assertThat(CliVersion.line(unfilled)).isEqualTo("receiptbridge-cli 0.1.0 (commit unknown)");
  }

  @Test
  void aMissingResourceSaysUnknownRatherThanFailing() {
    assertThat(CliVersion.line(new Properties())).isEqualTo("receiptbridge-cli unknown (commit unknown)");
  }

  @Test
  void aFilledResourceIsShownAsItIs() {
    Properties filled = new Properties();
    filled.setProperty("version", "0.1.0");
    filled.setProperty("commit", "abc1234");

    assertThat(CliVersion.line(filled)).isEqualTo("receiptbridge-cli 0.1.0 (commit abc1234)");
  }
}
