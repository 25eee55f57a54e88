package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterToken.Kind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Splits a {@code $filter} into tokens: names (Latin or Cyrillic letters, digits, {@code _}), {@code 'strings'}
 * with {@code ''} for an apostrophe, {@code guid'…'}, {@code datetime'…'}, plain numbers (no exponent, no type
 * suffix: 1C rejects both), parentheses, commas, {@code /} and {@code -}. Anything else is a parse error.
 */
final class FilterLexer {
  private static final Pattern GUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern MASKED_LITERAL = Pattern.compile("(?:guid|datetime|time|binary|X)?'(?:[^']|'')*'?");

  private final String text;
  private int position;

  private FilterLexer(String text) {
    this.text = text;
  }

  /** The tokens of {@code filter}, ending with {@link Kind#END}. */
  static List<FilterToken> tokenize(String filter) {
    return new FilterLexer(filter).all();
  }

  /** The error 1C gives for an unparsable filter: the text echoed with its literals replaced by {@code <<?>>}. */
  static ODataError error(String filter) {
    return ODataError.queryOption("$filter", MASKED_LITERAL.matcher(filter).replaceAll("<<?>>"));
  }

  private List<FilterToken> all() {
    List<FilterToken> tokens = new ArrayList<>();
    while (true) {
      while (position < text.length() && text.charAt(position) == ' ') {
        position++;
      }
      if (position >= text.length()) {
        tokens.add(new FilterToken(Kind.END, "", null, position));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private FilterToken next() {
    int start = position;
    char c = text.charAt(position);
    switch (c) {
      case '(': position++; return new FilterToken(Kind.OPEN, "(", null, start);
      case ')': position++; return new FilterToken(Kind.CLOSE, ")", null, start);
      case ',': position++; return new FilterToken(Kind.COMMA, ",", null, start);
      case '/': position++; return new FilterToken(Kind.SLASH, "/", null, start);
      case '-': position++; return new FilterToken(Kind.MINUS, "-", null, start);
      case '\'': return new FilterToken(Kind.STRING, "", quoted(), start);
      default:
        break;
    }
    if (Character.isDigit(c)) {
      return number(start);
    }
    if (!isNamePart(c)) {
      throw error(text);
    }
    while (position < text.length() && isNamePart(text.charAt(position))) {
      position++;
    }
    String name = text.substring(start, position);
    if (position < text.length() && text.charAt(position) == '\'') {
      return typedLiteral(name, start);
    }
    return new FilterToken(Kind.NAME, name, null, start);
  }

  private FilterToken typedLiteral(String prefix, int start) {
    String body = quoted();
    if ("guid".equals(prefix) && GUID.matcher(body).matches()) {
      return new FilterToken(Kind.GUID, body, UUID.fromString(body), start);
    }
    if ("datetime".equals(prefix)) {
      try {
        return new FilterToken(Kind.DATE_TIME, body, LocalDateTime.parse(body), start);
      } catch (DateTimeParseException e) {
        throw error(text);
      }
    }
    throw error(text);
  }

  private String quoted() {
    QuotedLiteral.Read literal = QuotedLiteral.read(text, position).orElseThrow(() -> error(text));
    position = literal.end();
    return literal.value();
  }

  private FilterToken number(int start) {
    while (position < text.length() && Character.isDigit(text.charAt(position))) {
      position++;
    }
    if (position + 1 < text.length() && text.charAt(position) == '.' && Character.isDigit(text.charAt(position + 1))) {
      position++;
      while (position < text.length() && Character.isDigit(text.charAt(position))) {
        position++;
      }
    }
    if (position < text.length() && (isNamePart(text.charAt(position)) || text.charAt(position) == '.')) {
      throw error(text);
    }
    String digits = text.substring(start, position);
    return new FilterToken(Kind.NUMBER, digits, new BigDecimal(digits), start);
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
