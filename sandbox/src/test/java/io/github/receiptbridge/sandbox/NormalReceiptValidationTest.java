package io.github.receiptbridge.sandbox;

import static io.github.receiptbridge.sandbox.Wire.invalidData;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The normal-receipt rules in the server's order; the first failing one decides the code 9 text. */
class NormalReceiptValidationTest {
  private static final String ITEM = "{\"name\":\"test\",\"price\":10,\"quantity\":2,\"tax\":\"vat0\"}";
  private static final String PAYMENTS = "\"payments\":[{\"type\":1,\"sum\":10}]";

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

  private static String receipt(String receiptFields) {
    return "{\"external_id\":\"v1\",\"receipt\":{" + receiptFields + "}}";
  }

  private static String withItem(String item) {
    return receipt("\"total\":10,\"items\":[" + item + "]," + PAYMENTS);
  }

  /** The server's own NormalTest failures (§18.8), each with the full text it produces. */
  static Stream<Arguments> serverTestCases() {
    return Stream.of(
        Arguments.of(receipt("\"items\":[" + ITEM + "]," + PAYMENTS), "Не найден атрибут `receipt` -> `total`"),
        Arguments.of(receipt("\"total\":0"), "Пустой массив `items`"),
        Arguments.of(receipt("\"total\":0,\"items\":[0]"), "Значение `total` должно быть больше 0"),
        Arguments.of(receipt("\"total\":\"1 123.02\",\"items\":[0]"), "Значение `total` не корректно"),
        Arguments.of(receipt("\"total\":\"1123.02\",\"items\":[0]"), "Пустой массив `payments`"),
        Arguments.of(withItem("{\"price\":10,\"quantity\":2,\"tax\":\"none\"}"),
            "не найден элемент массива receipt -> items -> name"),
        Arguments.of(withItem("{\"name\":\"\",\"price\":10,\"quantity\":2,\"tax\":\"none\"}"),
            "не найден элемент массива receipt -> items -> name"),
        Arguments.of(withItem("{\"name\":\"test\"}"), "не найден элемент массива receipt -> items -> price"),
        Arguments.of(withItem("{\"name\":\"test\",\"price\":\"test\"}"),
            "не найден элемент массива receipt -> items -> quantity"),
        Arguments.of(withItem("{\"name\":\"test\",\"price\":\"test\",\"quantity\":\"test\"}"),
            "не найден элемент массива receipt -> items -> tax"),
        Arguments.of(withItem("{\"name\":\"test\",\"price\":10,\"quantity\":2,\"tax\":\"test\"}"),
            "Не верный формат данных tax - test"),
        Arguments.of(withItem("{\"name\":\"test\",\"price\":\"10,2\",\"quantity\":2,\"tax\":\"none\"}"),
            "Не верный формат данных price - 10,2"),
        Arguments.of(receipt("\"total\":10,\"items\":[" + ITEM + "],\"payments\":[{\"type\":1,\"sum\":\"1 111.01\"}]"),
            "не корректный тип данных оплаты 1 111.01"));
  }

  @ParameterizedTest
  @MethodSource("serverTestCases")
  void serverTestCaseIsRejectedWithItsExactText(String body, String detail) {
    SandboxHttp.Answer answer = http.register(token, "sell", body);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(invalidData(detail));
    assertThat(sandbox.receipts()).isEmpty();
  }

  /** PHP empty(), (float) casts, strict tax matching and string forms in messages. */
  static Stream<Arguments> phpSemanticsCases() {
    return Stream.of(
        Arguments.of(receipt("\"total\":null,\"items\":[1]"), "Не найден атрибут `receipt` -> `total`"),
        Arguments.of(receipt("\"total\":10,\"items\":{}"), "Пустой массив `items`"),
        Arguments.of(receipt("\"total\":10,\"items\":\"0\""), "Пустой массив `items`"),
        Arguments.of(receipt("\"total\":\"abc\",\"items\":[1]"), "Значение `total` должно быть больше 0"),
        Arguments.of(receipt("\"total\":-5,\"items\":[1]"), "Значение `total` должно быть больше 0"),
        Arguments.of(receipt("\"total\":\"1e3\",\"items\":[1]"), "Значение `total` не корректно"),
        Arguments.of(receipt("\"total\":[1],\"items\":[1]"), "Значение `total` не корректно"),
        Arguments.of(receipt("\"total\":10,\"items\":[1],\"payments\":0"), "Пустой массив `payments`"),
        Arguments.of(withItem("\"just a string\""), "не найден элемент массива receipt -> items -> name"),
        Arguments.of(withItem("{\"name\":\"0\",\"price\":10,\"quantity\":2,\"tax\":\"none\"}"),
            "не найден элемент массива receipt -> items -> name"),
        Arguments.of(withItem("{\"name\":\"a\",\"price\":0.0,\"quantity\":2,\"tax\":\"none\"}"),
            "не найден элемент массива receipt -> items -> price"),
        Arguments.of(withItem("{\"name\":\"a\",\"price\":10,\"quantity\":0,\"tax\":\"none\"}"),
            "не найден элемент массива receipt -> items -> quantity"),
        Arguments.of(withItem("{\"name\":\"a\",\"price\":10,\"quantity\":1,\"tax\":\"vat120\"}"),
            "Не верный формат данных tax - vat120"),
        Arguments.of(withItem("{\"name\":\"a\",\"price\":10,\"quantity\":1,\"tax\":\"VAT20\"}"),
            "Не верный формат данных tax - VAT20"),
        Arguments.of(withItem("{\"name\":\"a\",\"price\":10,\"quantity\":1,\"tax\":5}"),
            "Не верный формат данных tax - 5"),
        Arguments.of(withItem("{\"name\":\"a\",\"price\":10,\"quantity\":1,\"tax\":1.5}"),
            "Не верный формат данных tax - 1.5"),
        Arguments.of(withItem("{\"name\":\"a\",\"price\":10,\"quantity\":1,\"tax\":true}"),
            "Не верный формат данных tax - 1"),
        Arguments.of(withItem("{\"name\":\"a\",\"price\":\"+5\",\"quantity\":1,\"tax\":\"none\"}"),
            "Не верный формат данных price - +5"),
        Arguments.of(receipt("\"total\":10,\"items\":[" + ITEM + "],\"payments\":[{\"sum\":null}]"),
            "не корректный тип данных оплаты "),
        Arguments.of(receipt("\"total\":10,\"items\":[" + ITEM + "],\"payments\":[5]"),
            "не корректный тип данных оплаты "),
        Arguments.of(receipt("\"total\":10,\"items\":[" + ITEM + "],\"payments\":[{\"sum\":\"1,5\"}]"),
            "не корректный тип данных оплаты 1,5"));
  }

  @ParameterizedTest
  @MethodSource("phpSemanticsCases")
  void phpSemanticsDecideTheRejection(String body, String detail) {
    assertThat(http.register(token, "sell", body).body()).isEqualTo(invalidData(detail));
  }

  /** Inputs on which PHP 7.2 raises a notice, warning or fatal error: an HTML 500 page, nothing stored. */
  static Stream<String> phpCrashCases() {
    return Stream.of(
        withItem("{\"name\":\"a\",\"price\":10,\"quantity\":\"abc\",\"tax\":\"none\"}"),
        withItem("{\"name\":\"a\",\"price\":10,\"quantity\":\"2 \",\"tax\":\"none\"}"),
        withItem("{\"name\":\"a\",\"price\":\"1.2.3\",\"quantity\":1,\"tax\":\"none\"}"),
        withItem("{\"name\":\"a\",\"price\":[1],\"quantity\":1,\"tax\":\"none\"}"),
        withItem("{\"name\":\"a\",\"price\":10,\"quantity\":1,\"tax\":[\"vat20\"]}"),
        receipt("\"total\":10,\"items\":\"abc\"," + PAYMENTS),
        receipt("\"total\":10,\"items\":[" + ITEM + "],\"payments\":\"abc\""),
        receipt("\"total\":10,\"items\":[" + ITEM + "],\"payments\":[{\"type\":1}]"),
        receipt("\"total\":10,\"items\":[" + ITEM + "],\"payments\":[\"abc\"]"),
        receipt("\"total\":10,\"items\":[" + ITEM + "],\"payments\":[{\"sum\":[1]}]"));
  }

  @ParameterizedTest
  @MethodSource("phpCrashCases")
  void phpWarningsBecomeAnHtml500Page(String body) {
    SandboxHttp.Answer answer = http.register(token, "sell", body);

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(answer.body()).startsWith("<!DOCTYPE html>");
    assertThat(sandbox.receipts()).isEmpty();
  }

  @Test
  void sumsAreNotCrossCheckedAndOddIsFloatValuesPass() {
    String body = receipt("\"total\":10.02,\"items\":[{\"name\":\"test\",\"price\":10,\"quantity\":2,"
        + "\"tax\":\"none\"}],\"payments\":[{\"type\":1,\"sum\":\"1111.01\"},{\"type\":0,\"sum\":\"\"},"
        + "{\"sum\":\".\"},{\"sum\":false},{\"sum\":\"-1.2\"}]");

    assertThat(http.register(token, "sell", body).body()).isEqualTo("{\"id\":1,\"status\":\"accept\"}");
  }

  @Test
  void itemsAsAnObjectAreIteratedByValue() {
    String body = receipt("\"total\":\"5.5\",\"items\":{\"first\":" + ITEM + "}," + PAYMENTS);

    assertThat(http.register(token, "buy_refund", body).body()).isEqualTo("{\"id\":1,\"status\":\"accept\"}");
  }
}
