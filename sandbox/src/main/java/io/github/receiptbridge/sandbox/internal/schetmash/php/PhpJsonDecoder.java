package io.github.receiptbridge.sandbox.internal.schetmash.php;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Decodes a request body the way {@code Zend\Json\Json::decode($body, TYPE_ARRAY)} does on PHP 7.2:
 * strict RFC JSON, depth limit 512, integers beyond 64 bits become floats, duplicate keys keep the last
 * value, and every failure carries the exact Zend message ("Decoding failed: Syntax error",
 * "Decoding failed: Unexpected control character found", "Decoding failed: Maximum stack depth exceeded",
 * or plain "Decoding failed" for malformed UTF-8 and unpaired UTF-16 surrogates).
 *
 * <p>It is a tokenizer plus recursive descent, because PHP reports a lexer error (control character,
 * bad UTF-8) in preference to a grammar error when the offending token is the one that breaks the grammar.
 */
public final class PhpJsonDecoder {
  private static final int MAX_DEPTH = 512;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Why decoding failed, with the exact text Zend puts in its exception. */
  public static final class DecodingFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    DecodingFailedException(String message) {
      super(message, null, false, false);
    }
  }

  private enum Kind { BEGIN_OBJECT, END_OBJECT, BEGIN_ARRAY, END_ARRAY, COLON, COMMA, VALUE, STRING, END }

  private final byte[] input;
  private int position;
  private Kind kind;
  private JsonNode tokenValue;

  private PhpJsonDecoder(byte[] input) {
    this.input = input;
  }

  /** Decodes a whole body; an empty body is a syntax error, as in PHP 7. */
  public static JsonNode decode(byte[] body) throws DecodingFailedException {
    PhpJsonDecoder decoder = new PhpJsonDecoder(body);
    decoder.advance();
    JsonNode value = decoder.parseValue(0);
    decoder.advance();
    if (decoder.kind != Kind.END) {
      throw syntaxError();
    }
    return value;
  }

  private JsonNode parseValue(int depth) throws DecodingFailedException {
    switch (kind) {
      case VALUE:
      case STRING:
        return tokenValue;
      case BEGIN_OBJECT:
        return parseObject(depth + 1);
      case BEGIN_ARRAY:
        return parseArray(depth + 1);
      default:
        throw syntaxError();
    }
  }

  private ObjectNode parseObject(int depth) throws DecodingFailedException {
    if (depth > MAX_DEPTH) {
      throw new DecodingFailedException("Decoding failed: Maximum stack depth exceeded");
    }
    ObjectNode object = NODES.objectNode();
    advance();
    if (kind == Kind.END_OBJECT) {
      return object;
    }
    while (true) {
      if (kind != Kind.STRING) {
        throw syntaxError();
      }
      String key = tokenValue.textValue();
      advance();
      if (kind != Kind.COLON) {
        throw syntaxError();
      }
      advance();
      object.set(key, parseValue(depth));
      advance();
      if (kind == Kind.END_OBJECT) {
        return object;
      }
      if (kind != Kind.COMMA) {
        throw syntaxError();
      }
      advance();
    }
  }

  private ArrayNode parseArray(int depth) throws DecodingFailedException {
    if (depth > MAX_DEPTH) {
      throw new DecodingFailedException("Decoding failed: Maximum stack depth exceeded");
    }
    ArrayNode array = NODES.arrayNode();
    advance();
    if (kind == Kind.END_ARRAY) {
      return array;
    }
    while (true) {
      array.add(parseValue(depth));
      advance();
      if (kind == Kind.END_ARRAY) {
        return array;
      }
      if (kind != Kind.COMMA) {
        throw syntaxError();
      }
      advance();
    }
  }

  private static DecodingFailedException syntaxError() {
    return new DecodingFailedException("Decoding failed: Syntax error");
  }

  private static DecodingFailedException controlCharacter() {
    return new DecodingFailedException("Decoding failed: Unexpected control character found");
  }

  private static DecodingFailedException otherError() {
    return new DecodingFailedException("Decoding failed");
  }

  // ---- tokenizer ------------------------------------------------------------------------------------

  private void advance() throws DecodingFailedException {
    while (position < input.length) {
      byte b = input[position];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        break;
      }
      position++;
    }
    tokenValue = null;
    if (position >= input.length) {
      kind = Kind.END;
      return;
    }
    byte b = input[position];
    switch (b) {
      case '{': single(Kind.BEGIN_OBJECT); return;
      case '}': single(Kind.END_OBJECT); return;
      case '[': single(Kind.BEGIN_ARRAY); return;
      case ']': single(Kind.END_ARRAY); return;
      case ':': single(Kind.COLON); return;
      case ',': single(Kind.COMMA); return;
      case '"':
        position++;
        kind = Kind.STRING;
        tokenValue = NODES.textNode(readString());
        return;
      case 't': literal("true", NODES.booleanNode(true)); return;
      case 'f': literal("false", NODES.booleanNode(false)); return;
      case 'n': literal("null", NODES.nullNode()); return;
      case 0: throw controlCharacter();
      default:
        if (b == '-' || (b >= '0' && b <= '9')) {
          kind = Kind.VALUE;
          tokenValue = readNumber();
          return;
        }
        throw syntaxError();
    }
  }

  private void single(Kind singleKind) {
    position++;
    kind = singleKind;
  }

  private void literal(String word, JsonNode value) throws DecodingFailedException {
    for (int i = 0; i < word.length(); i++) {
      if (position + i >= input.length || input[position + i] != word.charAt(i)) {
        throw syntaxError();
      }
    }
    position += word.length();
    kind = Kind.VALUE;
    tokenValue = value;
  }

  private JsonNode readNumber() throws DecodingFailedException {
    int start = position;
    if (input[position] == '-') {
      position++;
    }
    if (position >= input.length || !isDigit(input[position])) {
      throw syntaxError();
    }
    if (input[position] == '0') {
      position++;
    } else {
      while (position < input.length && isDigit(input[position])) {
        position++;
      }
    }
    boolean isFloat = false;
    if (position + 1 < input.length && input[position] == '.' && isDigit(input[position + 1])) {
      isFloat = true;
      position++;
      while (position < input.length && isDigit(input[position])) {
        position++;
      }
    }
    if (position < input.length && (input[position] == 'e' || input[position] == 'E')) {
      int exponentStart = position;
      position++;
      if (position < input.length && (input[position] == '+' || input[position] == '-')) {
        position++;
      }
      if (position < input.length && isDigit(input[position])) {
        isFloat = true;
        while (position < input.length && isDigit(input[position])) {
          position++;
        }
      } else {
        position = exponentStart;
      }
    }
    String text = new String(input, start, position - start, java.nio.charset.StandardCharsets.US_ASCII);
    if (!isFloat) {
      try {
        return NODES.numberNode(Long.parseLong(text));
      } catch (NumberFormatException tooBig) {
        return NODES.numberNode(Double.parseDouble(text));
      }
    }
    return NODES.numberNode(Double.parseDouble(text));
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private String readString() throws DecodingFailedException {
    StringBuilder text = new StringBuilder();
    while (true) {
      if (position >= input.length) {
        // PHP's scanner meets the buffer's terminating NUL inside the string.
        throw controlCharacter();
      }
      int b = input[position] & 0xFF;
      if (b == '"') {
        position++;
        return text.toString();
      }
      if (b < 0x20) {
        throw controlCharacter();
      }
      if (b == '\\') {
        readEscape(text);
      } else if (b < 0x80) {
        text.append((char) b);
        position++;
      } else {
        text.appendCodePoint(readUtf8());
      }
    }
  }

  private void readEscape(StringBuilder text) throws DecodingFailedException {
    if (position + 1 >= input.length) {
      throw syntaxError();
    }
    byte escaped = input[position + 1];
    position += 2;
    switch (escaped) {
      case '"': text.append('"'); return;
      case '\\': text.append('\\'); return;
      case '/': text.append('/'); return;
      case 'b': text.append('\b'); return;
      case 'f': text.append('\f'); return;
      case 'n': text.append('\n'); return;
      case 'r': text.append('\r'); return;
      case 't': text.append('\t'); return;
      case 'u': break;
      default: throw syntaxError();
    }
    int unit = readHex4(position);
    position += 4;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      int low = position + 6 <= input.length && input[position] == '\\' && input[position + 1] == 'u'
          ? readHex4(position + 2) : -1;
      if (low < 0xDC00 || low > 0xDFFF) {
        throw otherError();
      }
      position += 6;
      text.append((char) unit).append((char) low);
      return;
    }
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      throw otherError();
    }
    text.append((char) unit);
  }

  private int readHex4(int at) throws DecodingFailedException {
    if (at + 4 > input.length) {
      throw syntaxError();
    }
    int value = 0;
    for (int i = at; i < at + 4; i++) {
      int digit = Character.digit(input[i], 16);
      if (digit < 0) {
        throw syntaxError();
      }
      value = value * 16 + digit;
    }
    return value;
  }

  /** Strict UTF-8 (no overlong forms, no surrogates, at most U+10FFFF), as PHP's scanner demands. */
  private int readUtf8() throws DecodingFailedException {
    int lead = input[position] & 0xFF;
    int length;
    int codePoint;
    int min;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      codePoint = lead & 0x1F;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      codePoint = lead & 0x0F;
      min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      codePoint = lead & 0x07;
      min = 0x10000;
    } else {
      throw otherError();
    }
    if (position + length > input.length) {
      throw otherError();
    }
    for (int i = 1; i < length; i++) {
      int next = input[position + i] & 0xFF;
      if ((next & 0xC0) != 0x80) {
        throw otherError();
      }
      codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
      throw otherError();
    }
    position += length;
    return codePoint;
  }
}
