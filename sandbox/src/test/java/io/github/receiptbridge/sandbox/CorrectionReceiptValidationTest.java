package io.github.receiptbridge.sandbox;

import static io.github.receiptbridge.sandbox.Wire.invalidData;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The correction rules in the server's order (§9.2 and the server's CorrectionTest, §18.9). */
class CorrectionReceiptValidationTest {
  private static final String CHECK = "\"check\":{\"inn\":1,\"payment_address\":1}";
  private static final String INFO = "\"info\":{\"type\":1,\"date\":1,\"number\":1,\"description\":1}";
  private static final String PAYMENTS = "\"payments\":[{\"type\":1,\"sum\":1}]";
  private static final String VATS = "\"vats\":[{\"type\":1,\"sum\":1}]";

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

  private static String correction(String fields) {
    return "{\"external_id\":\"c1\",\"correction\":{" + fields + "}}";
  }

  static Stream<Arguments> serverTestCases() {
    return Stream.of(
        Arguments.of("{\"external_id\":\"c1\"}", "Не найден атрибут `correction`"),
        Arguments.of("{\"external_id\":\"c1\",\"correction\":[1]}", "Не найден атрибут `correction -> check`"),
        Arguments.of(correction(CHECK), "Не найден атрибут `correction -> info`"),
        Arguments.of(correction(CHECK + "," + INFO), "Не найден атрибут `correction -> payments`"),
        Arguments.of(correction(CHECK + "," + INFO + "," + PAYMENTS), "Не найден атрибут `correction -> vats`"),
        Arguments.of(correction("\"check\":[1]," + INFO + "," + PAYMENTS + "," + VATS),
            "Не найден элемент массива correction -> check -> inn"),
        Arguments.of(correction("\"check\":{\"inn\":1}," + INFO + "," + PAYMENTS + "," + VATS),
            "Не найден элемент массива correction -> check -> payment_address"),
        Arguments.of(correction(CHECK + ",\"info\":[1]," + PAYMENTS + "," + VATS),
            "Не найден элемент массива correction -> info -> type"),
        Arguments.of(correction(CHECK + ",\"info\":{\"type\":1}," + PAYMENTS + "," + VATS),
            "Не найден элемент массива correction -> info -> date"),
        Arguments.of(correction(CHECK + ",\"info\":{\"type\":1,\"date\":1}," + PAYMENTS + "," + VATS),
            "Не найден элемент массива correction -> info -> number"),
        Arguments.of(correction(CHECK + ",\"info\":{\"type\":1,\"date\":1,\"number\":1}," + PAYMENTS + ","
            + VATS), "Не найден элемент массива correction -> info -> description"),
        Arguments.of(correction(CHECK + "," + INFO + ",\"payments\":[1]," + VATS),
            "Не найден элемент массива correction -> payments -> type"),
        Arguments.of(correction(CHECK + "," + INFO + ",\"payments\":[{\"type\":1}]," + VATS),
            "Не найден элемент массива correction -> payments -> sum"),
        Arguments.of(correction(CHECK + "," + INFO + "," + PAYMENTS + ",\"vats\":[1]"),
            "Не найден элемент массива correction -> vats -> type"),
        Arguments.of(correction(CHECK + "," + INFO + "," + PAYMENTS + ",\"vats\":[{\"type\":1}]"),
            "Не найден элемент массива correction -> vats -> sum"));
  }

  @ParameterizedTest
  @MethodSource("serverTestCases")
  void serverTestCaseIsRejectedWithItsExactText(String body, String detail) {
    assertThat(http.register(token, "sell_correction", body).body()).isEqualTo(invalidData(detail));
    assertThat(sandbox.receipts()).isEmpty();
  }

  @Test
  void infoTypeZeroCountsAsMissing() {
    String body = correction(CHECK + ",\"info\":{\"type\":0,\"date\":1,\"number\":1,\"description\":1},"
        + PAYMENTS + "," + VATS);

    assertThat(http.register(token, "buy_correction", body).body())
        .isEqualTo(invalidData("Не найден элемент массива correction -> info -> type"));
  }

  @Test
  void vatsSentAsASingleObjectFailOnTypeAsWithThePhpSdk() {
    String body = correction(CHECK + "," + INFO + "," + PAYMENTS + ",\"vats\":{\"type\":\"vat20\",\"sum\":1}");

    assertThat(http.register(token, "sell_correction", body).body())
        .isEqualTo(invalidData("Не найден элемент массива correction -> vats -> type"));
  }

  @Test
  void correctionIsAcceptedAndCompletesLikeANormalReceiptByDefault() {
    assertThat(http.register(token, "sell_correction", SandboxHttp.correctionReceipt("c1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    sandbox.awaitProcessed(Duration.ofSeconds(5));

    SandboxHttp.Answer report = http.report(token, 1);
    assertThat(report.body()).contains("\"status\":\"success\"", "\"total\":\"149.50\"", "\\u0026n=1\"");
  }

  @Test
  void nonNumericPaymentSumCrashesWithAnHtml500Page() {
    String body = correction(CHECK + "," + INFO + ",\"payments\":[{\"type\":1,\"sum\":\"abc\"}]," + VATS);

    assertThat(http.register(token, "sell_correction", body).status()).isEqualTo(500);
  }

  @Test
  void correctionsNeverCompleteInSnapshotModeAndTheirReportCrashes() {
    try (SchetmashSandbox snapshot = SchetmashSandbox.builder().correctionsNeverComplete(true).start()) {
      SandboxHttp client = new SandboxHttp(snapshot);
      String key = client.token();
      client.register(key, "buy_correction", SandboxHttp.correctionReceipt("c1"));
      client.register(key, "sell", SandboxHttp.sellReceipt("s1"));
      snapshot.awaitProcessed(Duration.ofSeconds(5));

      assertThat(snapshot.receipt(1).orElseThrow().internalStatus()).isEqualTo(200);
      assertThat(snapshot.receipt(1).orElseThrow().reportedStatus()).isEqualTo("http500");
      assertThat(client.report(key, 1).status()).isEqualTo(500);
      assertThat(client.report(key, 2).body()).contains("\"status\":\"success\"");
    }
  }
}
