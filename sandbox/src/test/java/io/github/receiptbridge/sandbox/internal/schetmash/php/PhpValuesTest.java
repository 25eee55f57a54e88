package io.github.receiptbridge.sandbox.internal.schetmash.php;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhpValuesTest {
  private static JsonNode json(String literal) throws Exception {
    return PhpJsonDecoder.decode(literal.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "false", "0", "0.0", "-0.0", "\"\"", "\"0\"", "[]", "{}"})
  void phpEmptyValues(String literal) throws Exception {
    assertThat(PhpValues.isEmpty(json(literal))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "1", "-1", "0.1", "\" \"", "\"00\"", "\"0.0\"", "\"a\"", "[0]", "{\"a\":null}"})
  void phpNonEmptyValues(String literal) throws Exception {
    assertThat(PhpValues.isEmpty(json(literal))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"1.5,1.5", "100.0,100", "0.1,0.1", "1e20,1.0E+20", "1e14,1.0E+14", "1e13,10000000000000",
      "0.0001,0.0001", "0.00001,1.0E-5", "123456789012345.0,1.2345678901234E+14", "-2.5,-2.5",
      "0.30000000000000004,0.3"})
  void floatsBecomeStringsWithPrecision14(double value, String expected) {
    assertThat(PhpValues.floatToString(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"\"1 123.02\"|1.0", "\" 5\"|5.0", "\"abc\"|0.0", "\".5x\"|0.5",
      "\"1e3\"|1000.0", "[1]|1.0", "[]|0.0", "true|1.0", "\"-7\"|-7.0"})
  void floatCastReadsTheLeadingNumber(String literal, double expected) throws Exception {
    assertThat(PhpValues.toFloat(json(literal))).isEqualTo(expected);
  }

  @Test
  void stringCastOfArraysCrashesLikeANotice() throws Exception {
    JsonNode array = json("[1]");

    assertThatThrownBy(() -> PhpValues.toPhpString(array)).isInstanceOf(PhpCrashException.class);
    assertThat(PhpValues.toPhpString(json("true"))).isEqualTo("1");
    assertThat(PhpValues.toPhpString(json("false"))).isEmpty();
    assertThat(PhpValues.toPhpString(json("12345678901234567890"))).isEqualTo("1.2345678901235E+19");
  }

  @Test
  void arithmeticAcceptsOnlyFullyNumericStrings() throws Exception {
    assertThat(PhpNumber.operand(json("\" 12\"")).toPhpString()).isEqualTo("12");
    assertThat(PhpNumber.operand(json("\"1.5e1\"")).toPhpString()).isEqualTo("15");
    assertThat(PhpNumber.operand(json("\"5.\"")).toPhpString()).isEqualTo("5");
    for (String bad : new String[] {"\"12 \"", "\"12abc\"", "\"abc\"", "\".\"", "\"-\"", "\"\"", "[1]"}) {
      JsonNode operand = json(bad);
      assertThatThrownBy(() -> PhpNumber.operand(operand)).as(bad).isInstanceOf(PhpCrashException.class);
    }
  }
}
