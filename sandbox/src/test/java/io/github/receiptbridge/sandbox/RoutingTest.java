package io.github.receiptbridge.sandbox;

import static io.github.receiptbridge.sandbox.Wire.codeAndMessage;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FastRoute behaviour: 404 HTML, 405 with Allow, implicit OPTIONS and HEAD. */
class RoutingTest {
  private SchetmashSandbox sandbox;
  private SandboxHttp http;
  private String token;

  @BeforeEach
  void start() {
    sandbox = SchetmashSandbox.start();
    http = new SandboxHttp(sandbox);
    token = http.token();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void wrongMethodIs405WithEmptyBodyAndTheAllowedMethods() {
    assertAllowed(http.raw("GET", "/lk/api/v1/42/sell", null), "POST");
    assertAllowed(http.raw("GET", "/lk/api/v1/token", null), "POST");
    assertAllowed(http.raw("PUT", "/lk/api/v1/42/report", "{}"), "POST,GET");
    assertAllowed(http.raw("POST", "/lk/api/v1/42/report/1", "{}"), "GET");
    assertAllowed(http.raw("DELETE", "/lk/api/v1/42/report/1", null), "GET");
    assertAllowed(http.raw("HEAD", "/lk/api/v1/42/sell", null), "POST");
  }

  private static void assertAllowed(SandboxHttp.Answer answer, String allow) {
    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.allow()).isEqualTo(allow);
    assertThat(answer.body()).isEmpty();
  }

  @Test
  void postToReportMatchesTheRegisterRouteAndIsCode6() {
    assertThat(http.post("42/report?token=" + token, "{}").body())
        .isEqualTo(codeAndMessage(6, "Некорректная операция"));
  }

  @Test
  void pathsMatchingNoRouteAreAnHtml404Page() {
    for (String path : new String[] {"/lk/api/v1/abc/sell", "/lk/api/v1/42/sell/", "/lk/api/v1/42/se-ll",
        "/lk/api/v1/token/", "/lk/api/v1/42/report/abc", "/lk/api/v1/-1/sell", "/", "/lk/api/v2/token"}) {
      SandboxHttp.Answer answer = http.raw("POST", path, "{}");

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.contentType()).isEqualTo("text/html; charset=utf-8");
      assertThat(answer.body()).startsWith("<!DOCTYPE html>").contains("404");
    }
  }

  @Test
  void optionsIsAnsweredImplicitlyWithAllowAndUnknownPathsStay404() {
    SandboxHttp.Answer options = http.raw("OPTIONS", "/lk/api/v1/42/report", null);

    assertThat(options.status()).isEqualTo(200);
    assertThat(options.allow()).isEqualTo("POST,GET");
    assertThat(options.body()).isEmpty();
    assertThat(http.raw("OPTIONS", "/lk/api/v1/x", null).status()).isEqualTo(404);
  }

  @Test
  void headOnAReportRouteRunsItAsGetWithoutBody() {
    SandboxHttp.Answer head = http.raw("HEAD", "/lk/api/v1/42/report/1?token=" + token, null);

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.contentType()).isEqualTo("application/json");
    assertThat(head.body()).isEmpty();
  }

  @Test
  void pathIsPercentDecodedBeforeMatching() {
    assertThat(http.raw("POST", "/lk/api/v1/%34%32/sell?token=" + token, SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(http.raw("POST", "/lk/api/v1/0042/sell?token=" + token, SandboxHttp.sellReceipt("2")).body())
        .isEqualTo("{\"id\":2,\"status\":\"accept\"}");
  }
}
