package io.github.receiptbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InProcessCliTest {
  @Test
  void capturesBothStreamsTheExitCodeAndTheEnvironmentTheAppSaw() {
    InProcessCli.Result result = InProcessCli.run((environment, out, err, args) -> {
      out.println("Привет, " + environment.get("WHO") + " " + String.join(",", args));
      err.println("error: one");
      err.println("warning: two");
      return 3;
    }, Map.of("WHO", "мир"), "a", "b");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).isEqualTo("Привет, мир a,b" + System.lineSeparator());
    assertThat(result.errorLines()).containsExactly("error: one");
    assertThat(result.hasStackTrace()).isFalse();
  }

  @Test
  void seesAStackTraceOnStderr() {
    InProcessCli.Result result = InProcessCli.run((environment, out, err, args) -> {
      new IllegalStateException("boom").printStackTrace(err);
      return 1;
    }, Map.of());

    assertThat(result.hasStackTrace()).isTrue();
  }
}
