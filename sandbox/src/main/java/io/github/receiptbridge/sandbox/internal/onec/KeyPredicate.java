package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.query.QuotedLiteral;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The text inside a key URL's parentheses: {@code guid'…'} of a reference object, or named values
 * {@code Объект='…',Объект_Type='StandardODATA.…',Свойство_Key=guid'…'} of a register record or a row. Quoted
 * values are strings ({@code ''} for an apostrophe), {@code guid'…'} GUIDs, bare digits numbers.
 */
final class KeyPredicate {
  private static final Pattern GUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final String text;
  private int position;

  private KeyPredicate(String text) {
    this.text = text;
  }

  /** The key of a reference object: {@code guid'…'}, also accepted as {@code Ref_Key=guid'…'}. */
  static UUID referenceKey(String text) {
    Map<String, Object> named = text.startsWith("guid'") ? Map.of("", new KeyPredicate(text).value())
        : named(text);
    Object key = named.size() == 1 ? named.values().iterator().next() : null;
    if (!(key instanceof UUID) || !(named.containsKey("") || named.containsKey("Ref_Key"))) {
      throw invalid(text);
    }
    return (UUID) key;
  }

  /** Named key values in order: {@code String}, {@code UUID} or {@code Long}. */
  static Map<String, Object> named(String text) {
    KeyPredicate parser = new KeyPredicate(text);
    Map<String, Object> values = new LinkedHashMap<>();
    while (parser.position < text.length()) {
      int equals = text.indexOf('=', parser.position);
      if (equals < 0) {
        throw invalid(text);
      }
      String name = text.substring(parser.position, equals).trim();
      parser.position = equals + 1;
      values.put(name, parser.value());
      if (parser.position < text.length()) {
        if (text.charAt(parser.position) != ',') {
          throw invalid(text);
        }
        parser.position++;
      }
    }
    return values;
  }

  private Object value() {
    if (text.startsWith("guid'", position)) {
      position += "guid".length();
      String body = quoted();
      if (!GUID.matcher(body).matches()) {
        throw ODataError.cannotParse(body, "Edm.Guid");
      }
      return UUID.fromString(body);
    }
    if (position < text.length() && text.charAt(position) == '\'') {
      return quoted();
    }
    int start = position;
    while (position < text.length() && Character.isDigit(text.charAt(position))) {
      position++;
    }
    if (start == position) {
      throw invalid(text);
    }
    return Long.parseLong(text.substring(start, position));
  }

  private String quoted() {
    QuotedLiteral.Read literal = QuotedLiteral.read(text, position).orElseThrow(() -> invalid(text));
    position = literal.end();
    return literal.value();
  }

  private static ODataError invalid(String text) {
    return new ODataError(400, "6", "Неверный формат ключа сущности: " + text);
  }
}
