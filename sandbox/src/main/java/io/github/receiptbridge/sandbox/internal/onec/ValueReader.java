package io.github.receiptbridge.sandbox.internal.onec;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.EdmType;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;
import io.github.receiptbridge.sandbox.internal.onec.store.Composition;
import io.github.receiptbridge.sandbox.internal.onec.wire.Values;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads one value of a write body as 1C does: laxly (too-long strings are cut to the declared length, numbers may
 * come as strings, an unreadable Int64 is silently ignored) but with 400 / 1 for a GUID, date or Boolean it cannot
 * parse and 500 / -1 for an array or object where a value belongs.
 */
final class ValueReader {
  private static final Pattern GUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss",
      Locale.ROOT);
  /** Marks a value 1C accepts but does not apply. */
  static final Object IGNORED = new Object();

  private ValueReader() {
  }

  /** A primitive or reference value; {@link #IGNORED} when 1C would leave the property unchanged. */
  static Object primitive(PropertyDef property, JsonNode node) {
    if (node.isContainerNode()) {
      throw ODataError.internal("Внутренняя ошибка OData-сервиса: неверное значение свойства " + property.name());
    }
    String text = node.isNull() ? "" : node.asText();
    switch (property.type()) {
      case GUID:
        return guid(text);
      case DATE_TIME:
        return dateTime(text);
      case DOUBLE:
        return number(text, node);
      case INT64:
      case INT16:
        try {
          return node.isNumber() ? node.longValue() : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
          return IGNORED;
        }
      case BOOLEAN:
        if (!node.isBoolean()) {
          throw ODataError.cannotParse(text, EdmType.BOOLEAN.wireName());
        }
        return node.booleanValue();
      default:
        return property.maxLength() > 0 && text.length() > property.maxLength()
            ? text.substring(0, property.maxLength()) : text;
    }
  }

  /**
   * A composite value from {@code X} and {@code X_Type}; a missing type means a string (or Undefined when the
   * value is empty too).
   *
   * @param valueNode the {@code X} member, or {@code null}
   * @param typeNode  the {@code X_Type} member, or {@code null}
   */
  static CompositeValue composite(PropertyDef property, JsonNode valueNode, JsonNode typeNode,
      Composition composition) {
    if (valueNode != null && valueNode.isContainerNode() || typeNode != null && typeNode.isContainerNode()) {
      throw ODataError.internal("Внутренняя ошибка OData-сервиса: неверное значение свойства " + property.name());
    }
    String text = valueNode == null || valueNode.isNull() ? "" : valueNode.asText();
    String wireType = typeNode == null || typeNode.isNull() ? "" : typeNode.asText();
    if (wireType.isEmpty()) {
      wireType = text.isEmpty() ? OnecNames.UNDEFINED_TYPE : EdmType.STRING.wireName();
    }
    String type = TypeNames.value(wireType, property.typeMemberName(), composition);
    return new CompositeValue(normalized(text, type), type);
  }

  /** The text 1C stores for a value of {@code type}: numbers and dates in canonical form, GUIDs lower case. */
  static String normalized(String text, String type) {
    String trimmed = text.trim();
    switch (type) {
      case "Edm.String":
        return text;
      case "Edm.Double":
        return Values.plain(number(trimmed, null));
      case "Edm.DateTime":
        return DATE_TIME.format(dateTime(trimmed));
      case "Edm.Boolean":
        if (!"true".equalsIgnoreCase(trimmed) && !"false".equalsIgnoreCase(trimmed)) {
          throw ODataError.cannotParse(text, EdmType.BOOLEAN.wireName());
        }
        return trimmed.toLowerCase(Locale.ROOT);
      case OnecNames.UNDEFINED_TYPE:
        return "";
      default:
        return guid(trimmed).toString();
    }
  }

  static UUID guid(String text) {
    if (!GUID.matcher(text.trim()).matches()) {
      throw ODataError.cannotParse(text, EdmType.GUID.wireName());
    }
    return UUID.fromString(text.trim());
  }

  private static LocalDateTime dateTime(String text) {
    try {
      return LocalDateTime.parse(text.trim()).withNano(0);
    } catch (DateTimeParseException e) {
      throw ODataError.cannotParse(text, EdmType.DATE_TIME.wireName());
    }
  }

  private static BigDecimal number(String text, JsonNode node) {
    if (node != null && node.isNumber()) {
      return node.decimalValue();
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw ODataError.cannotParse(text, EdmType.DOUBLE.wireName());
    }
  }
}
