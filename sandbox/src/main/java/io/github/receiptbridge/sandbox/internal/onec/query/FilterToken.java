package io.github.receiptbridge.sandbox.internal.onec.query;

import org.jspecify.annotations.Nullable;

/**
 * A token of a {@code $filter}: a name or keyword, a literal, or punctuation.
 *
 * @param kind     what it is
 * @param text     the name, or the literal's text without quotes
 * @param value    the parsed literal value ({@code String}, {@code UUID}, {@code LocalDateTime},
 *                 {@code BigDecimal}); {@code null} for other kinds
 * @param position offset in the filter text
 */
record FilterToken(Kind kind, String text, @Nullable Object value, int position) {
  /** Token kinds. */
  enum Kind { NAME, STRING, GUID, DATE_TIME, NUMBER, OPEN, CLOSE, COMMA, SLASH, MINUS, END }

  boolean isName(String name) {
    return kind == Kind.NAME && text.equals(name);
  }
}
