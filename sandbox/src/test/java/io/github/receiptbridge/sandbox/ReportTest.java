package io.github.receiptbridge.sandbox;

import static io.github.receiptbridge.sandbox.Wire.codeAndMessage;
import static io.github.receiptbridge.sandbox.Wire.escaped;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET report in every state, the lookups, and the payload formats. */
class ReportTest {
  /** 04.07.2019 13:28:44 Moscow time, as in the server's functional test. */
  private static final Instant PRINT_TIME = Instant.parse("2019-07-04T10:28:44Z");
  private static final String FISCAL_SIGN = "1562236135";
  private static final String SUCCESS_1 = "{\"id\":1,\"status\":\"success\",\"payload\":{\"total\":\"10.00\","
      + "\"fns_site\":\"www.nalog.ru\",\"fn_number\":\"9999078900004792\",\"shift_number\":4,"
      + "\"receipt_datetime\":\"04.07.2019 13:28:44\",\"fiscal_receipt_number\":1,"
      + "\"fiscal_document_number\":1,\"ecr_registration_number\":\"0003149768000042\","
      + "\"fiscal_document_attribute\":\"" + FISCAL_SIGN + "\","
      + "\"qr\":\"t=20190704T132800\\u0026s=10\\u0026fn=9999078900004792\\u0026i=1\\u0026fp=" + FISCAL_SIGN
      + "\\u0026n=1\"},"
      + "\"timestamp\":\"04.07.2019 13:28:44\"}";

  private final MutableClock clock = new MutableClock(PRINT_TIME, ZoneId.of("Europe/Moscow"));
  private SchetmashSandbox sandbox;
  private SandboxHttp http;
  private String token;

  @BeforeEach
  void start() {
    sandbox = SchetmashSandbox.builder().clock(clock).shop(42, CashRegister.ACTIVE).shop(43, CashRegister.ACTIVE)
        .start();
    http = new SandboxHttp(sandbox);
    token = http.token();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private long registerProcessed(String externalId) {
    http.register(token, "sell", SandboxHttp.sellReceipt(externalId));
    sandbox.awaitProcessed(Duration.ofSeconds(5));
    return sandbox.receiptsByExternalId(42, externalId).get(0).id();
  }

  @Test
  void unknownIdOrMissingExternalIdIsCode8() {
    assertThat(http.get("42/report/1?token=" + token)).isEqualTo(new SandboxHttp.Answer(200,
        "application/json", null, codeAndMessage(8, "Некорректный id чека")));
    assertThat(http.get("42/report?token=" + token).body()).isEqualTo(codeAndMessage(8, "Некорректный id чека"));
    assertThat(http.get("42/report?external_id=0&token=" + token).body())
        .isEqualTo(codeAndMessage(8, "Некорректный id чека"));
  }

  @Test
  void fiscalizedReceiptReportsSuccessWithAllTenPayloadFieldsInOrder() {
    registerProcessed("1");

    assertThat(http.report(token, 1).body()).isEqualTo(SUCCESS_1);
  }

  @Test
  void readingAStatus3ReceiptMovesItTo4() {
    registerProcessed("1");
    assertThat(sandbox.receipt(1).orElseThrow().internalStatus()).isEqualTo(3);

    http.report(token, 1);

    assertThat(sandbox.receipt(1).orElseThrow().internalStatus()).isEqualTo(4);
    assertThat(http.report(token, 1).body()).isEqualTo(SUCCESS_1);
  }

  @Test
  void acceptAndProcessingStatesHaveOnlyIdAndStatus() {
    long id = registerProcessed("1");

    sandbox.setState(id, 1, null);
    assertThat(http.report(token, id).body()).isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    sandbox.setState(id, 2, null);
    assertThat(http.report(token, id).body()).isEqualTo("{\"id\":1,\"status\":\"processing\"}");
  }

  @Test
  void storedErrorTextWinsOverAnyStatus() {
    long id = registerProcessed("1");
    sandbox.setState(id, 1, "my error");

    assertThat(http.report(token, id).body()).isEqualTo("{\"id\":1,\"status\":\"error\",\"payload\":null,"
        + "\"timestamp\":\"04.07.2019 13:28:44\",\"error\":{\"code\":9,\"message\":\"my error\"}}");
    sandbox.setState(id, 4, "Сумма платежей меньше суммы чека");
    assertThat(http.report(token, id).body()).isEqualTo(escaped("{\"id\":1,\"status\":\"error\",\"payload\":null,"
        + "\"timestamp\":\"04.07.2019 13:28:44\",\"error\":{\"code\":9,"
        + "\"message\":\"Сумма платежей меньше суммы чека\"}}"));
  }

  @Test
  void errorTextZeroIsFalsyInPhpAndIgnored() {
    long id = registerProcessed("1");
    sandbox.setState(id, 2, "0");

    assertThat(http.report(token, id).body()).isEqualTo("{\"id\":1,\"status\":\"processing\"}");
  }

  @Test
  void successBranchWithoutFiscalDataCrashesWithAnHtml500Page() {
    try (SchetmashSandbox slow = SchetmashSandbox.builder().processingDelay(Duration.ofHours(1)).start()) {
      SandboxHttp client = new SandboxHttp(slow);
      String key = client.token();
      client.register(key, "sell", SandboxHttp.sellReceipt("1"));
      slow.setState(1, 200, null);

      SandboxHttp.Answer answer = client.report(key, 1);

      assertThat(answer.status()).isEqualTo(500);
      assertThat(answer.contentType()).startsWith("text/html");
      slow.setState(1, 5, null);
      assertThat(client.report(key, 1).status()).isEqualTo(500);
      slow.setState(1, 5, "Ошибка ФН");
      assertThat(client.report(key, 1).body()).contains("\"status\":\"error\"");
    }
  }

  @Test
  void externalIdLookupIsGlobalAndIdLookupIgnoresTheShopInThePath() {
    registerProcessed("abc");

    assertThat(http.get("43/report?external_id=abc&token=" + token).body()).isEqualTo(SUCCESS_1);
    assertThat(http.get("43/report/1?token=" + token).body()).isEqualTo(SUCCESS_1);
    assertThat(http.get("42/report/99?external_id=abc&token=" + token).body()).isEqualTo(SUCCESS_1);
  }

  @Test
  void externalIdSharedByShopsResolvesToTheLowestShopId() {
    http.post("43/sell?token=" + token, SandboxHttp.sellReceipt("dup"));
    http.post("42/sell?token=" + token, SandboxHttp.sellReceipt("dup"));
    sandbox.awaitProcessed(Duration.ofSeconds(5));

    assertThat(http.get("43/report?external_id=dup&token=" + token).body()).startsWith("{\"id\":2,");
  }

  @Test
  void numbersModeSendsTotalAndFiscalSignAsJsonNumbers() {
    try (SchetmashSandbox numbers = SchetmashSandbox.builder().clock(clock).numbersAsStrings(false).start()) {
      SandboxHttp client = new SandboxHttp(numbers);
      String key = client.token();
      client.register(key, "sell", SandboxHttp.sellReceipt("1").replace("\"total\":10", "\"total\":\"249.50\""));
      numbers.awaitProcessed(Duration.ofSeconds(5));

      assertThat(client.report(key, 1).body()).contains("{\"total\":249.5,\"fns_site\"",
          "\"fiscal_document_attribute\":" + FISCAL_SIGN + ",");
    }
  }

  @Test
  void legacyModeUsesTheRfc2822LikeDateAndOmitsQr() {
    try (SchetmashSandbox legacy = SchetmashSandbox.builder().clock(clock).legacyReceiptDatetime(true).start()) {
      SandboxHttp client = new SandboxHttp(legacy);
      String key = client.token();
      client.register(key, "sell", SandboxHttp.sellReceipt("1"));
      legacy.awaitProcessed(Duration.ofSeconds(5));

      assertThat(client.report(key, 1).body())
          .contains("\"receipt_datetime\":\"4 Jul 2019 13:28:44 +0300\"")
          .contains("\"fiscal_document_attribute\":\"" + FISCAL_SIGN + "\"},\"timestamp\"")
          .doesNotContain("qr");
    }
  }
}
