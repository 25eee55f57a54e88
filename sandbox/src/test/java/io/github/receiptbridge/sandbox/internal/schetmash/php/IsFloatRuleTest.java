package io.github.receiptbridge.sandbox.internal.schetmash.php;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsFloatRuleTest {
  private static JsonNode json(String literal) throws Exception {
    return PhpJsonDecoder.decode(literal.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "10", "-1", "-1.2", "10002", "10002.03", "10002.0323123", "\"10002.0323123\"",
      "\"-10002.0323123\"", "\"1.2.3\"", "\".\"", "\"\"", "\"--5\"", "true", "false", "1e3", "1.0"})
  void acceptsFloatsAndDigitDotStrings(String literal) throws Exception {
    assertThat(IsFloatRule.isValid(json(literal))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"-1 0002.0323123\"", "\"1 0002\"", "\"1,0002\"", "\"+5\"", "\"1e3\"", "\" 5\"",
      "\"5\\n\"", "null", "[]", "[1]", "{\"a\":1}", "\"١٢\""})
  void rejectsEverythingElse(String literal) throws Exception {
    assertThat(IsFloatRule.isValid(json(literal))).isFalse();
  }
}
