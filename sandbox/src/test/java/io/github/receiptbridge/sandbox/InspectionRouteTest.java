package io.github.receiptbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /sandbox/receipts}: the simulator's own route for checking it from another process. */
class InspectionRouteTest {
  private static final String ROUTE = "/sandbox/receipts";

  private SchetmashSandbox sandbox;
  private SandboxHttp http;
  private String token;

  @BeforeEach
  void start() {
    sandbox = SchetmashSandbox.builder().shop(42, CashRegister.ACTIVE).shop(43, CashRegister.ACTIVE).start();
    http = new SandboxHttp(sandbox);
    token = http.token();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private SandboxHttp.Answer inspect() {
    return http.raw("GET", ROUTE, null);
  }

  @Test
  void anEmptySandboxListsAnEmptyArray() {
    SandboxHttp.Answer answer = inspect();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/json; charset=utf-8");
    assertThat(answer.body()).isEqualTo("[]");
  }

  @Test
  void listsEveryStoredReceiptInIdOrderWithoutAToken() {
    http.register(token, "sell", receipt("1c-7", "1234.5"));
    http.post("43/sell_refund?token=" + token, receipt("1c-8", "10"));
    sandbox.awaitProcessed(Duration.ofSeconds(5));

    SandboxHttp.Answer answer = inspect();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("["
        + "{\"id\":1,\"shop_id\":42,\"external_id\":\"1c-7\",\"operation\":\"sell\",\"status\":\"success\","
        + "\"total\":\"1234.50\"},"
        + "{\"id\":2,\"shop_id\":43,\"external_id\":\"1c-8\",\"operation\":\"sell_refund\",\"status\":\"success\","
        + "\"total\":\"10.00\"}]");
  }

  @Test
  void statusIsTheReportsWordForEveryState() {
    for (int i = 1; i <= 4; i++) {
      http.register(token, "sell", SandboxHttp.sellReceipt("r" + i));
    }
    sandbox.awaitProcessed(Duration.ofSeconds(5));
    sandbox.setState(1, 1, null);
    sandbox.setState(2, 2, null);
    sandbox.setState(3, 6, "Ошибка ККТ");

    assertThat(inspect().body())
        .contains("\"external_id\":\"r1\",\"operation\":\"sell\",\"status\":\"accept\"")
        .contains("\"external_id\":\"r2\",\"operation\":\"sell\",\"status\":\"processing\"")
        .contains("\"external_id\":\"r3\",\"operation\":\"sell\",\"status\":\"error\"")
        .contains("\"external_id\":\"r4\",\"operation\":\"sell\",\"status\":\"success\"");
  }

  @Test
  void readingDoesNotMoveAReceiptFromStatus3To4AsAReportWould() {
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));
    sandbox.awaitProcessed(Duration.ofSeconds(5));

    inspect();

    assertThat(sandbox.receipt(1).orElseThrow().internalStatus()).isEqualTo(3);
  }

  @Test
  void externalIdsAreSentAsUtf8() {
    http.register(token, "sell", SandboxHttp.sellReceipt("чек-1"));

    assertThat(inspect().body()).contains("\"external_id\":\"чек-1\"");
  }

  @Test
  void worksWhileEveryFaultKnobIsSetAndLeavesTheirCountersAlone() {
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));
    sandbox.behavior().html500Rate(1.0).failNextRequestsWith500(1).malformedJsonNext(1)
        .dropNextRegistrationsAfterCommit(1).dropAfterCommitRate(1.0);

    SandboxHttp.Answer answer = inspect();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).startsWith("[{\"id\":1,").endsWith("}]");
    sandbox.behavior().html500Rate(0.0).dropAfterCommitRate(0.0);
    assertThat(http.post("token", "{}").status()).as("the forced 500 is still pending").isEqualTo(500);
    assertThat(http.post("token", "{}").body()).as("the cut answer is still pending").doesNotEndWith("}");
  }

  @Test
  void latencyStillApplies() {
    sandbox.behavior().latency(Duration.ofMillis(150));

    long start = System.nanoTime();
    inspect();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
  }

  @Test
  void itCountsAsARequest() {
    int before = sandbox.requestCount();

    inspect();

    assertThat(sandbox.requestCount()).isEqualTo(before + 1);
  }

  @Test
  void headHasNoBodyAndOtherMethodsAre405WithAllowGet() {
    SandboxHttp.Answer head = http.raw("HEAD", ROUTE, null);
    SandboxHttp.Answer post = http.raw("POST", ROUTE, "{}");
    SandboxHttp.Answer delete = http.raw("DELETE", ROUTE, null);

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(post.status()).isEqualTo(405);
    assertThat(post.allow()).isEqualTo("GET");
    assertThat(post.body()).isEmpty();
    assertThat(delete.status()).isEqualTo(405);
  }

  @Test
  void neighbouringPathsAreStillTheFrameworks404Page() {
    for (String path : new String[] {"/sandbox", "/sandbox/receipts/", "/sandbox/receipts/1",
        "/lk/api/v1/sandbox/receipts"}) {
      SandboxHttp.Answer answer = http.raw("GET", path, null);

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).startsWith("<!DOCTYPE html>");
    }
  }

  private static String receipt(String externalId, String total) {
    return "{\"external_id\":\"" + externalId + "\",\"receipt\":{\"total\":" + total + ","
        + "\"items\":[{\"name\":\"test\",\"price\":" + total + ",\"quantity\":1,\"tax\":\"none\"}],"
        + "\"payments\":[{\"type\":1,\"sum\":" + total + "}]}}";
  }
}
