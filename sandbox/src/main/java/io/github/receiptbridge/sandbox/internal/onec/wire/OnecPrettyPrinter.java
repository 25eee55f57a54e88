package io.github.receiptbridge.sandbox.internal.onec.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The layout of 1C's JSON: every member and array element on its own line, indented by one space per level,
 * {@code "name": value}, and {@code []} / {@code {}} for empty containers. Holds the nesting depth, so use one
 * instance per generator.
 */
final class OnecPrettyPrinter implements PrettyPrinter {
  private int depth;

  @Override
  public void writeRootValueSeparator(JsonGenerator generator) {
  }

  @Override
  public void writeStartObject(JsonGenerator generator) throws IOException {
    generator.writeRaw('{');
    depth++;
  }

  @Override
  public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
    close(generator, entries, '}');
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
    generator.writeRaw(',');
    newLine(generator);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
    generator.writeRaw(": ");
  }

  @Override
  public void writeStartArray(JsonGenerator generator) throws IOException {
    generator.writeRaw('[');
    depth++;
  }

  @Override
  public void writeEndArray(JsonGenerator generator, int values) throws IOException {
    close(generator, values, ']');
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
    generator.writeRaw(',');
    newLine(generator);
  }

  @Override
  public void beforeArrayValues(JsonGenerator generator) throws IOException {
    newLine(generator);
  }

  @Override
  public void beforeObjectEntries(JsonGenerator generator) throws IOException {
    newLine(generator);
  }

  private void close(JsonGenerator generator, int count, char bracket) throws IOException {
    depth--;
    if (count > 0) {
      newLine(generator);
    }
    generator.writeRaw(bracket);
  }

  private void newLine(JsonGenerator generator) throws IOException {
    generator.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      generator.writeRaw(' ');
    }
  }
}
