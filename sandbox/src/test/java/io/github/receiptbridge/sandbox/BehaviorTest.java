package io.github.receiptbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live fault-injection knobs. */
class BehaviorTest {
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
  void failNextRequestsWith500AnswersHtml500AndStoresNothing() {
    sandbox.behavior().failNextRequestsWith500(2);

    SandboxHttp.Answer first = http.register(token, "sell", SandboxHttp.sellReceipt("1"));
    SandboxHttp.Answer second = http.post("token", "{}");

    assertThat(first.status()).isEqualTo(500);
    assertThat(first.contentType()).startsWith("text/html");
    assertThat(second.status()).isEqualTo(500);
    assertThat(sandbox.receipts()).isEmpty();
    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
  }

  @Test
  void pendingFaultsCountsDownAsCountedFaultsAreServed() {
    sandbox.behavior().failNextRequestsWith500(2).malformedJsonNext(1);
    assertThat(sandbox.behavior().pendingFaults()).isEqualTo(3);

    http.post("token", "{}");
    assertThat(sandbox.behavior().pendingFaults()).isEqualTo(2);
    http.post("token", "{}");
    http.post("token", "{}");
    assertThat(sandbox.behavior().pendingFaults()).isZero();
  }

  @Test
  void html500RateOfOneFailsEverythingUntilReset() {
    sandbox.behavior().html500Rate(1.0);
    assertThat(http.report(token, 1).status()).isEqualTo(500);

    sandbox.behavior().reset();

    assertThat(http.report(token, 1).status()).isEqualTo(200);
  }

  @Test
  void dropAfterCommitStoresTheReceiptButLosesTheAnswerAndARetryGetsTheSameId() {
    sandbox.behavior().dropNextRegistrationsAfterCommit(1);

    assertThatThrownBy(() -> http.register(token, "sell", SandboxHttp.sellReceipt("1")))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);
    assertThat(sandbox.receipts()).singleElement().satisfies(r -> assertThat(r.externalId()).isEqualTo("1"));

    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(sandbox.receipts()).hasSize(1);
  }

  @Test
  void dropAfterCommitRateNeverDropsDuplicatesOrRejections() {
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));
    sandbox.behavior().dropAfterCommitRate(1.0);

    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(http.register(token, "sell", "{\"external_id\":\"2\"}").body()).contains("\"code\":9");
    assertThatThrownBy(() -> http.register(token, "sell", SandboxHttp.sellReceipt("3")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(sandbox.receipts()).hasSize(2);
  }

  @Test
  void requestCountIncludesFailedAndDroppedRequests() {
    int before = sandbox.requestCount();
    sandbox.behavior().failNextRequestsWith500(1).dropNextRegistrationsAfterCommit(1);

    http.report(token, 1);
    assertThatThrownBy(() -> http.register(token, "sell", SandboxHttp.sellReceipt("1")));
    http.report(token, 1);

    assertThat(sandbox.requestCount()).isEqualTo(before + 3);
  }

  @Test
  void latencyDelaysEveryAnswerByAtLeastTheConfiguredTime() {
    sandbox.behavior().latency(Duration.ofMillis(150));

    long start = System.nanoTime();
    SandboxHttp.Answer answer = http.report(token, 1);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void sameSeedGivesTheSameFailurePattern() {
    assertThat(failurePattern(11)).isEqualTo(failurePattern(11)).contains(500).contains(200);
  }

  /** An answer with its {@code Content-Length} header. */
  private record Raw(int status, String contentType, String contentLength, String body) {
  }

  private Raw rawPost(String relative, String body) {
    Request request = new Request.Builder().url(sandbox.baseUrl() + relative)
        .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json")))
        .build();
    try (Response response = http.client().newCall(request).execute()) {
      return new Raw(response.code(), response.header("Content-Type"), response.header("Content-Length"),
          response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Integer> failurePattern(long seed) {
    sandbox.behavior().reset().seed(seed).html500Rate(0.5);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      statuses.add(http.report(token, 1).status());
    }
    sandbox.behavior().reset();
    return statuses;
  }

  @Test
  void cutsTheNextJsonAnswersInHalfButStillCommitsTheRegistration() {
    sandbox.behavior().malformedJsonNext(1);

    Raw cut = rawPost(sandbox.shopId() + "/sell?token=" + token, SandboxHttp.sellReceipt("1"));

    String full = "{\"id\":1,\"status\":\"accept\"}";
    assertThat(cut.status()).isEqualTo(200);
    assertThat(cut.contentType()).isEqualTo("application/json");
    assertThat(cut.body()).isEqualTo(full.substring(0, full.length() / 2));
    assertThat(cut.contentLength()).isEqualTo(String.valueOf(full.length() / 2));
    assertThat(sandbox.receipts()).singleElement().satisfies(r -> assertThat(r.externalId()).isEqualTo("1"));
    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("1")).body()).isEqualTo(full);
  }

  @Test
  void malformedJsonCutsTokenErrorsAndReportsTooAndCountsDown() {
    sandbox.behavior().malformedJsonNext(2);

    SandboxHttp.Answer tokenError = http.post("token", "{}");
    SandboxHttp.Answer report = http.report(token, 1);
    SandboxHttp.Answer whole = http.report(token, 1);

    assertThat(tokenError.status()).isEqualTo(400);
    assertThat(tokenError.body()).startsWith("{").doesNotEndWith("}");
    assertThat(report.body()).isEqualTo(whole.body().substring(0, whole.body().length() / 2));
  }

  @Test
  void malformedJsonLeavesHtmlPagesAndEmptyAnswersAloneWithoutCountingThem() {
    sandbox.behavior().failNextRequestsWith500(1).malformedJsonNext(1);

    SandboxHttp.Answer page = http.report(token, 1);
    SandboxHttp.Answer notAllowed = http.raw("GET", "/lk/api/v1/token", null);
    SandboxHttp.Answer head = http.raw("HEAD", "/lk/api/v1/42/report/1?token=" + token, null);
    SandboxHttp.Answer cut = http.report(token, 1);

    assertThat(page.status()).isEqualTo(500);
    assertThat(page.body()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(notAllowed.status()).isEqualTo(405);
    assertThat(head.status()).isEqualTo(200);
    assertThat(cut.body()).doesNotEndWith("}");
    assertThat(http.report(token, 1).body()).endsWith("}");
  }

  @Test
  void aDroppedRegistrationDoesNotUseUpAMalformedAnswer() {
    sandbox.behavior().dropNextRegistrationsAfterCommit(1).malformedJsonNext(1);

    assertThatThrownBy(() -> http.register(token, "sell", SandboxHttp.sellReceipt("1")))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("1")).body()).isEqualTo("{\"id\":1,\"stat");
  }

  @Test
  void resetClearsPendingMalformedAnswers() {
    sandbox.behavior().malformedJsonNext(3);

    sandbox.behavior().reset();

    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(http.post("token", "{}").body()).endsWith("}");
  }

  @Test
  void knobsRejectOutOfRangeValues() {
    SchetmashBehavior behavior = sandbox.behavior();
    assertThatThrownBy(() -> behavior.html500Rate(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> behavior.dropAfterCommitRate(-0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> behavior.failNextRequestsWith500(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> behavior.latency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> behavior.malformedJsonNext(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
