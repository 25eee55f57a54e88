package io.github.receiptbridge.sandbox;

import static io.github.receiptbridge.sandbox.Wire.invalidData;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Handler-level behaviour of POST register: decoding, external_id, idempotency, storage. */
class RegistrationTest {
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

  @Test
  void validReceiptIsAcceptedWithIdThenStatusAndStoredAsReceived() {
    String body = SandboxHttp.sellReceipt("1");

    SandboxHttp.Answer answer = http.register(token, "sell", body);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/json");
    assertThat(answer.body()).isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    SchetmashSandboxReceipt stored = sandbox.receipt(1).orElseThrow();
    assertThat(stored.shopId()).isEqualTo(42);
    assertThat(stored.operation()).isEqualTo("sell");
    assertThat(stored.externalId()).isEqualTo("1");
    assertThat(stored.requestBody()).isEqualTo(body);
  }

  @Test
  void emptyBodyIsCode9WithCommaAndDecoderMessage() {
    assertThat(http.register(token, "sell", "")).isEqualTo(new SandboxHttp.Answer(200, "application/json", null,
        invalidData("Decoding failed: Syntax error")));
  }

  @Test
  void undecodableBodiesGiveTheZendDecoderMessages() {
    assertThat(http.register(token, "sell", "{\"external_id\":\"1\",}").body())
        .isEqualTo(invalidData("Decoding failed: Syntax error"));
    assertThat(http.register(token, "sell", "{\"external_id\":\"a\u0001\"}").body())
        .isEqualTo(invalidData("Decoding failed: Unexpected control character found"));
    assertThat(http.register(token, "sell", "{\"external_id\":\"\\ud800\"}").body())
        .isEqualTo(invalidData("Decoding failed"));
    assertThat(http.register(token, "sell", "{\"external_id\":\"1\"} x").body())
        .isEqualTo(invalidData("Decoding failed: Syntax error"));
  }

  @Test
  void malformedUtf8IsPlainDecodingFailed() throws Exception {
    byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};
    Request request = new Request.Builder().url(sandbox.baseUrl() + "42/sell?token=" + token)
        .post(RequestBody.create(body, MediaType.get("application/json"))).build();
    try (Response response = http.client().newCall(request).execute()) {
      assertThat(response.body().string()).isEqualTo(invalidData("Decoding failed"));
    }
  }

  @Test
  void nonArrayBodyOrPhpEmptyExternalIdIsNotCorrectJson() {
    for (String body : new String[] {"[]", "{}", "5", "\"text\"", "null", "[1,2]",
        "{\"external_id\":0}", "{\"external_id\":\"0\"}", "{\"external_id\":\"\"}",
        "{\"external_id\":null}", "{\"external_id\":false}", "{\"external_id\":[]}",
        "{\"receipt\":{}}"}) {
      assertThat(http.register(token, "sell", body).body()).as(body)
          .isEqualTo(invalidData("не корректный json"));
    }
    assertThat(sandbox.receipts()).isEmpty();
  }

  @Test
  void duplicateExternalIdReturnsTheFirstIdAndStoresOneReceipt() {
    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    sandbox.awaitProcessed(Duration.ofSeconds(5));

    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(sandbox.receipts()).hasSize(1);
    assertThat(sandbox.receiptsByExternalId(42, "1")).singleElement()
        .satisfies(r -> assertThat(r.internalStatus()).isEqualTo(3));
  }

  @Test
  void aStoredReceiptShowsItsTotalAsTheServiceStoresIt() {
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));

    assertThat(sandbox.receipts()).singleElement()
        .satisfies(receipt -> assertThat(receipt.total()).isEqualByComparingTo("10").hasScaleOf(2));
  }

  @Test
  void duplicateIsAnsweredBeforeValidationWhateverTheBodyOrOperation() {
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));

    assertThat(http.register(token, "sell_refund", "{\"external_id\":\"1\"}").body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(http.register(token, "buy_correction", "{\"external_id\":1,\"junk\":true}").body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(sandbox.receipts()).hasSize(1);
  }

  @Test
  void sameExternalIdInAnotherShopIsANewReceiptAndIdsAreGlobal() {
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));

    assertThat(http.post("43/sell?token=" + token, SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":2,\"status\":\"accept\"}");
    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("2")).body())
        .isEqualTo("{\"id\":3,\"status\":\"accept\"}");
    assertThat(sandbox.receipts()).extracting(SchetmashSandboxReceipt::id).containsExactly(1L, 2L, 3L);
  }

  @Test
  void numericExternalIdIsStoredInItsPhpStringForm() {
    String body = SandboxHttp.sellReceipt("x").replace("\"x\"", "7");

    http.register(token, "sell", body);

    assertThat(sandbox.receiptsByExternalId(42, "7")).hasSize(1);
    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("7")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
  }

  @Test
  void externalIdsCompareExactlyByDefault() {
    http.register(token, "sell", SandboxHttp.sellReceipt("ABC"));

    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("abc ")).body())
        .isEqualTo("{\"id\":2,\"status\":\"accept\"}");
  }

  @Test
  void mysqlLikeExternalIdsIgnoreCaseAndTrailingSpaces() {
    try (SchetmashSandbox mysqlLike = SchetmashSandbox.builder().mysqlLikeExternalIds(true).start()) {
      SandboxHttp client = new SandboxHttp(mysqlLike);
      String key = client.token();
      client.register(key, "sell", SandboxHttp.sellReceipt("ABC"));

      assertThat(client.register(key, "sell", SandboxHttp.sellReceipt("abc  ")).body())
          .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    }
  }

  @Test
  void concurrentRegistrationsOfOneExternalIdStoreExactlyOneReceipt() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        calls.add(() -> http.register(token, "sell", SandboxHttp.sellReceipt("same")).body());
      }
      List<String> answers = new ArrayList<>();
      for (Future<String> answer : pool.invokeAll(calls)) {
        answers.add(answer.get());
      }

      assertThat(answers).containsOnly("{\"id\":1,\"status\":\"accept\"}");
      assertThat(sandbox.receipts()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void databaseLimitsCrashWithAnHtml500PageAndStoreNothing() {
    String longId = "x".repeat(257);
    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt(longId)).status()).isEqualTo(500);
    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("emoji\uD83D\uDE00")).status())
        .isEqualTo(500);
    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("x").replace("\"total\":10",
        "\"total\":\"1.2.3\"")).status()).isEqualTo(500);
    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("x").replace("\"total\":10",
        "\"total\":10000000000")).status()).isEqualTo(500);
    assertThat(http.register(token, "sell", "{\"external_id\":[1]}").status()).isEqualTo(500);
    assertThat(sandbox.receipts()).isEmpty();
    assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("x".repeat(256))).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
  }
}
