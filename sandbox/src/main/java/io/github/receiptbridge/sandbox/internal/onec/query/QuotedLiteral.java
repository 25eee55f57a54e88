package io.github.receiptbridge.sandbox.internal.onec.query;

import java.util.Optional;

/** An OData string literal, {@code 'O''Brien'}: single quotes, a quote inside written twice. */
public final class QuotedLiteral {
  private QuotedLiteral() {}

  /**
   * The literal read.
   *
   * @param value the text between the quotes, doubled quotes undone
   * @param end   the index just after the closing quote
   */
  public record Read(String value, int end) {
  }

  /** Reads the literal whose opening quote is at {@code quote}; empty when it is never closed. */
  public static Optional<Read> read(String text, int quote) {
    StringBuilder value = new StringBuilder();
    int position = quote + 1;
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c != '\'') {
        value.append(c);
      } else if (position < text.length() && text.charAt(position) == '\'') {
        value.append('\'');
        position++;
      } else {
        return Optional.of(new Read(value.toString(), position));
      }
    }
    return Optional.empty();
  }
}
