package io.github.receiptbridge.sandbox.internal.schetmash.php;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhpJsonDecoderTest {
  private static JsonNode decode(String text) throws Exception {
    return PhpJsonDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String failure(byte[] bytes) {
    try {
      PhpJsonDecoder.decode(bytes);
      return "decoded";
    } catch (PhpJsonDecoder.DecodingFailedException e) {
      return e.getMessage();
    }
  }

  private static String failure(String text) {
    return failure(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "+1", "-", "tru", "True", "'a'",
      "{\"a\" 1}", "{a:1}", "[1] [2]", "\"\\x\"", "\"\\u12\"", "NaN", "\uFEFF{}", "\u00a0{}", "/*c*/{}"})
  void grammarViolationsAreSyntaxErrors(String text) {
    assertThat(failure(text)).isEqualTo("Decoding failed: Syntax error");
  }

  @Test
  void controlCharactersInStringsAndUnterminatedStringsAreControlCharacterErrors() {
    assertThat(failure("[\"a\tb\"]")).isEqualTo("Decoding failed: Unexpected control character found");
    assertThat(failure("[\"abc")).isEqualTo("Decoding failed: Unexpected control character found");
    assertThat(failure(new byte[] {'[', '1', 0, ']'})).isEqualTo("Decoding failed: Unexpected control character found");
    assertThat(failure("[1 \"a\u0001\"]")).isEqualTo("Decoding failed: Unexpected control character found");
  }

  @Test
  void badUtf8AndLoneSurrogatesArePlainDecodingFailed() {
    assertThat(failure(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'})).isEqualTo("Decoding failed");
    assertThat(failure(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'})).isEqualTo("Decoding failed");
    assertThat(failure("\"\\udc00\"")).isEqualTo("Decoding failed");
    assertThat(failure("\"\\ud800x\"")).isEqualTo("Decoding failed");
  }

  @Test
  void nestingBeyond512IsADepthError() {
    assertThat(failure("[".repeat(513) + "]".repeat(513))).isEqualTo("Decoding failed: Maximum stack depth exceeded");
    assertThat(failure("[".repeat(512) + "]".repeat(512))).isEqualTo("decoded");
  }

  @Test
  void valuesDecodeWithPhpTypes() throws Exception {
    JsonNode node = decode("{\"a\":1,\"b\":2.50,\"c\":9223372036854775808,\"d\":\"\\u0416\\ud83d\\ude00\\/\","
        + "\"a\":true,\"e\":-0,\"f\":1E2}");

    assertThat(node.toString()).isEqualTo(
        "{\"a\":true,\"b\":2.5,\"c\":9.223372036854776E18,\"d\":\"Ж😀/\",\"e\":0,\"f\":100.0}");
    assertThat(node.get("c").isDouble()).isTrue();
    assertThat(decode(" null ").isNull()).isTrue();
    assertThat(decode("\"x\"").textValue()).isEqualTo("x");
  }
}
