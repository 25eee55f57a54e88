package io.github.receiptbridge.sandbox.internal.onec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;
import io.github.receiptbridge.sandbox.internal.onec.store.Composition;
import io.github.receiptbridge.sandbox.internal.onec.store.MapEntity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JSON body of a POST, PATCH or PUT into property changes for a type, as 1C applies them: unknown
 * members, {@code odata.*} annotations, navigation links, {@code Ref_Key} and {@code DataVersion} are ignored;
 * {@code X@odata.bind} sets {@code X_Key}; a tabular part replaces the whole part and needs {@code LineNumber}
 * 1..n (missing: 500 / -1, out of sequence: 400); malformed JSON is 500 / -1.
 */
final class BodyReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern BOUND_KEY = Pattern.compile("\\(guid'([0-9a-fA-F-]{36})'\\)$");

  private BodyReader() {
  }

  /** The body as a JSON object. */
  static ObjectNode parse(byte[] body) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (IOException e) {
      throw ODataError.internal("Ошибка разбора JSON: непредвиденный символ при чтении JSON");
    }
    if (node == null || !node.isObject()) {
      throw ODataError.internal("Ошибка разбора JSON: ожидалось начало объекта");
    }
    return (ObjectNode) node;
  }

  /**
   * The changes a body makes to an object of {@code type}.
   *
   * @param owner the object's key, written into the rows of tabular parts
   */
  static Map<String, Object> changes(ObjectNode body, EntityTypeDef type, UUID owner, Composition composition) {
    Map<String, Object> changes = new HashMap<>();
    for (PropertyDef property : type.properties()) {
      String name = property.name();
      switch (property.kind()) {
        case COMPOSITE:
          if (body.has(name) || body.has(property.typeMemberName())) {
            changes.put(name, ValueReader.composite(property, body.get(name), body.get(property.typeMemberName()),
                composition));
          }
          break;
        case TABULAR:
          if (body.has(name)) {
            changes.put(name, rows(property, body.get(name), owner, composition));
          }
          break;
        default:
          if (body.has(name) && !OnecNames.REF_KEY.equals(name) && !OnecNames.DATA_VERSION.equals(name)) {
            Object value = ValueReader.primitive(property, body.get(name));
            if (value != ValueReader.IGNORED) {
              changes.put(name, value);
            }
          }
          if (property.kind() == PropertyDef.Kind.REFERENCE) {
            bound(body, property, changes);
          }
      }
    }
    return changes;
  }

  private static void bound(ObjectNode body, PropertyDef reference, Map<String, Object> changes) {
    JsonNode link = body.get(reference.navigationName() + "@odata.bind");
    if (link != null) {
      Matcher matcher = BOUND_KEY.matcher(link.asText().trim());
      if (!matcher.find()) {
        throw ODataError.cannotParse(link.asText(), "Edm.Guid");
      }
      changes.put(reference.name(), UUID.fromString(matcher.group(1)));
    }
  }

  private static List<MapEntity> rows(PropertyDef part, JsonNode node, UUID owner, Composition composition) {
    if (!node.isArray()) {
      throw ODataError.internal("Внутренняя ошибка OData-сервиса: табличная часть " + part.name()
          + " должна быть массивом");
    }
    List<MapEntity> rows = new ArrayList<>();
    long expected = 1;
    for (Iterator<JsonNode> elements = node.elements(); elements.hasNext(); expected++) {
      JsonNode element = elements.next();
      if (!element.isObject()) {
        throw ODataError.internal("Внутренняя ошибка OData-сервиса");
      }
      JsonNode lineNumber = element.get(OnecNames.LINE_NUMBER);
      if (lineNumber == null || lineNumber.isNull()) {
        throw ODataError.internal("Внутренняя ошибка OData-сервиса");
      }
      if (!String.valueOf(expected).equals(lineNumber.asText().trim())) {
        throw new ODataError(400, "4", "Неверное значение свойства LineNumber: " + lineNumber.asText()
            + " (ожидалось " + expected + ")");
      }
      Map<String, Object> values = changes((ObjectNode) element, part.rowType(), owner, composition);
      values.put(OnecNames.REF_KEY, owner);
      values.put(OnecNames.LINE_NUMBER, expected);
      rows.add(MapEntity.of(part.rowType(), values, 0));
    }
    return List.copyOf(rows);
  }
}
