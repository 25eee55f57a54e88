package io.github.receiptbridge.onec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ODataUrlsTest {
  static List<String> values() {
    return List.of("", "Ref_Key eq guid'0b1e5b4a-0000-11ee-8c3a-0050569f1a01'",
        "Объект eq cast(guid'0b1e5b4a-0000-11ee-8c3a-0050569f1a01','Document_ПоступлениеНаРасчетныйСчет')",
        "a b+c&d#e%f=g?h\"i<j>k\\l^m`n{o|p}q[r]s\n\t", "-._~$()*,:/@!;'", "ÄéŸ €", "😀 and 𝄞",
        "lone \uD800 high", "lone \uDC00 low", "ends high \uD83D", "\u07FF\u0800\uFFFF");
  }

  @ParameterizedTest
  @MethodSource("values")
  void encodesEveryUtf8ByteButUnreservedCharactersAndODataPunctuation(String value) {
    assertThat(ODataUrls.encode(value)).isEqualTo(byteByByte(value));
  }

  @ParameterizedTest
  @MethodSource("values")
  void theCountedLengthIsTheEncodedLength(String value) {
    assertThat(ODataUrls.encodedLength(value)).isEqualTo(byteByByte(value).length());
  }

  /** The encoding as the contract states it, one UTF-8 byte at a time. */
  private static String byteByByte(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~$()*,:/@!;'".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append(String.format("%%%02X", c));
      }
    }
    return out.toString();
  }
}
