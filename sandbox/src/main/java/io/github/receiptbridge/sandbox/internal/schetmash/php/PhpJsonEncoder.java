package io.github.receiptbridge.sandbox.internal.schetmash.php;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Serializes a Jackson tree the way PHP's {@code json_encode} does with the flags the server uses:
 * {@code JSON_HEX_TAG | JSON_HEX_APOS | JSON_HEX_AMP | JSON_HEX_QUOT}, without
 * {@code JSON_UNESCAPED_UNICODE}. API responses (zend-diactoros {@code JsonResponse}) add
 * {@code JSON_UNESCAPED_SLASHES}; the stored raw data and callback bodies (zend-json) do not.
 *
 * <p>The output is pure ASCII: every non-ASCII character becomes a backslash-u escape with lower-case hex
 * digits (UTF-16 surrogate pairs beyond the BMP), while the four HEX flags produce the escapes of
 * {@code < > ' & "} with the upper-case hex that PHP hard-codes (003C, 003E, 0027, 0026, 0022).
 */
public final class PhpJsonEncoder {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private PhpJsonEncoder() {
  }

  /** Encoding as an API response ({@code JsonResponse}): slashes are left alone. */
  public static String encodeResponse(JsonNode value) {
    StringBuilder out = new StringBuilder(128);
    write(value, out, false);
    return out.toString();
  }

  /** Encoding as {@code Zend\Json\Json::encode}: slashes become {@code \/}. */
  public static String encodeZendJson(JsonNode value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out, true);
    return out.toString();
  }

  private static void write(JsonNode value, StringBuilder out, boolean escapeSlashes) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      out.append("null");
    } else if (value.isObject()) {
      if (value.size() == 0) {
        // A decoded {} is an empty PHP array, which json_encode writes as a list.
        out.append("[]");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(field.getKey(), out, escapeSlashes);
        out.append(':');
        write(field.getValue(), out, escapeSlashes);
      }
      out.append('}');
    } else if (value.isArray()) {
      out.append('[');
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(value.get(i), out, escapeSlashes);
      }
      out.append(']');
    } else if (value.isTextual()) {
      writeString(value.textValue(), out, escapeSlashes);
    } else if (value.isBoolean()) {
      out.append(value.booleanValue() ? "true" : "false");
    } else if (value.isIntegralNumber()) {
      out.append(value.canConvertToLong() ? Long.toString(value.longValue()) : value.bigIntegerValue().toString());
    } else if (value.isBigDecimal()) {
      BigDecimal decimal = value.decimalValue().stripTrailingZeros();
      out.append(decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString());
    } else {
      out.append(floatLiteral(value.doubleValue()));
    }
  }

  /** PHP 7.1+ {@code serialize_precision = -1}: shortest round-trip form, ".0" kept on whole numbers. */
  private static String floatLiteral(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "0";
    }
    BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int decimalPoint = digits.length() - shortest.scale();
    String sign = value < 0 || (value == 0.0d && 1.0d / value < 0) ? "-" : "";
    if (value == 0.0d) {
      return sign + "0.0";
    }
    if (decimalPoint < -3 || decimalPoint > 15) {
      String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
      int exponent = decimalPoint - 1;
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
    String plain = shortest.abs().toPlainString();
    return sign + (plain.contains(".") ? plain : plain + ".0");
  }

  private static void writeString(String text, StringBuilder out, boolean escapeSlashes) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"': out.append("\\u0022"); break;
        case '\'': out.append("\\u0027"); break;
        case '&': out.append("\\u0026"); break;
        case '<': out.append("\\u003C"); break;
        case '>': out.append("\\u003E"); break;
        case '\\': out.append("\\\\"); break;
        case '/': out.append(escapeSlashes ? "\\/" : "/"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20 || c > 0x7E) {
            appendUnicodeEscape(c, out);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static void appendUnicodeEscape(char c, StringBuilder out) {
    if (c == 0x7F) {
      out.append(c);
      return;
    }
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }
}
