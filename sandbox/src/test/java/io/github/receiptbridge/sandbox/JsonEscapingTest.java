package io.github.receiptbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** API JSON: non-ASCII and &lt; &gt; ' &amp; " escaped as PHP does, slashes left alone. */
class JsonEscapingTest {
  @Test
  void errorTextIsEscapedWithHexFlagsAndUnescapedSlashes() {
    try (SchetmashSandbox sandbox = SchetmashSandbox.start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      String token = http.token();
      http.register(token, "sell", SandboxHttp.sellReceipt("1"));
      sandbox.awaitProcessed(Duration.ofSeconds(5));
      sandbox.setState(1, 6, "<a href='x/y'>\"Ёж\" & 😀\n</a>");

      String body = http.report(token, 1).body();

      assertThat(body).endsWith("\"error\":{\"code\":9,\"message\":"
          + "\"\\u003Ca href=\\u0027x/y\\u0027\\u003E\\u0022\\u0401\\u0436\\u0022 \\u0026 "
          + "\\ud83d\\ude00\\n\\u003C/a\\u003E\"}}");
      assertThat(body.chars().allMatch(c -> c < 0x80)).isTrue();
    }
  }
}
