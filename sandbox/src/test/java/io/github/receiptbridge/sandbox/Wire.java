package io.github.receiptbridge.sandbox;

/** Expected wire text: PHP escapes every non-ASCII character as a lower-case backslash-u sequence. */
final class Wire {
  private Wire() {
  }

  /** {@code readable} with each non-ASCII UTF-16 unit replaced by its lower-case escape. */
  static String escaped(String readable) {
    StringBuilder out = new StringBuilder();
    for (char c : readable.toCharArray()) {
      if (c > 0x7E) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A JSON string's content as PHP writes it with the HEX flags: {@code < > ' & "} escaped too. */
  static String escapedText(String readable) {
    return escaped(readable.replace("&", "\\u0026").replace("<", "\\u003C").replace(">", "\\u003E")
        .replace("'", "\\u0027").replace("\"", "\\u0022"));
  }

  /** {@code {"code":N,"message":"..."}} as the API sends it. */
  static String codeAndMessage(int code, String message) {
    return "{\"code\":" + code + ",\"message\":\"" + escapedText(message) + "\"}";
  }

  /** A code 9 register answer with the given detail. */
  static String invalidData(String detail) {
    return codeAndMessage(9, "Некорректные данные в чеке, " + detail);
  }
}
