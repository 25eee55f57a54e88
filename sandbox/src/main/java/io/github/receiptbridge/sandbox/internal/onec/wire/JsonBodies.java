package io.github.receiptbridge.sandbox.internal.onec.wire;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON bodies in 1C's layout and with raw UTF-8 (Cyrillic is never backslash-u escaped): collections
 * ({@code odata.metadata}, optional {@code odata.count} as a string, {@code value}), single entities (members at
 * the top level), the service document and {@code odata.error}.
 */
public final class JsonBodies {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonBodies() {
  }

  /**
   * A collection.
   *
   * @param metadataUrl the {@code odata.metadata} value, or {@code null} to leave it out
   * @param count       the {@code odata.count} value, or {@code null} to leave it out
   */
  public static byte[] collection(String metadataUrl, Long count, List<List<Member>> entities) {
    return write(generator -> {
      generator.writeStartObject();
      if (metadataUrl != null) {
        generator.writeStringField("odata.metadata", metadataUrl);
      }
      if (count != null) {
        generator.writeStringField("odata.count", Long.toString(count));
      }
      generator.writeArrayFieldStart("value");
      for (List<Member> entity : entities) {
        writeObject(generator, null, entity);
      }
      generator.writeEndArray();
      generator.writeEndObject();
    });
  }

  /**
   * A single entity.
   *
   * @param metadataUrl the {@code odata.metadata} value (ending in {@code /@Element}), or {@code null}
   */
  public static byte[] entity(String metadataUrl, List<Member> members) {
    return write(generator -> writeObject(generator, metadataUrl, members));
  }

  /** The service document: {@code {"odata.metadata": …, "value": [{"name": …, "url": …}]}}. */
  public static byte[] serviceDocument(String metadataUrl, List<String> entitySets) {
    return write(generator -> {
      generator.writeStartObject();
      if (metadataUrl != null) {
        generator.writeStringField("odata.metadata", metadataUrl);
      }
      generator.writeArrayFieldStart("value");
      for (String set : entitySets) {
        generator.writeStartObject();
        generator.writeStringField("name", set);
        generator.writeStringField("url", set);
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    });
  }

  /** {@code {"odata.error": {"code": "<code>", "message": {"lang": "ru", "value": "<message>"}}}}. */
  public static byte[] error(String code, String message) {
    return write(generator -> {
      generator.writeStartObject();
      generator.writeObjectFieldStart("odata.error");
      generator.writeStringField("code", code);
      generator.writeObjectFieldStart("message");
      generator.writeStringField("lang", "ru");
      generator.writeStringField("value", message);
      generator.writeEndObject();
      generator.writeEndObject();
      generator.writeEndObject();
    });
  }

  private static void writeObject(JsonGenerator generator, String metadataUrl, List<Member> members)
      throws IOException {
    generator.writeStartObject();
    if (metadataUrl != null) {
      generator.writeStringField("odata.metadata", metadataUrl);
    }
    for (Member member : members) {
      generator.writeFieldName(member.name());
      switch (member.kind()) {
        case NUMBER:
          generator.writeNumber(member.text());
          break;
        case BOOLEAN:
          generator.writeBoolean(Boolean.parseBoolean(member.text()));
          break;
        case ENTITY:
          writeObject(generator, null, member.rows().get(0));
          break;
        case NULL:
          generator.writeNull();
          break;
        case ROWS:
          generator.writeStartArray();
          for (List<Member> row : member.rows()) {
            writeObject(generator, null, row);
          }
          generator.writeEndArray();
          break;
        default:
          generator.writeString(member.text());
      }
    }
    generator.writeEndObject();
  }

  private interface Body {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  private static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      generator.setPrettyPrinter(new OnecPrettyPrinter());
      body.writeTo(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
