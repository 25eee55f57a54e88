package io.github.receiptbridge.onec.query;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A literal value in a {@code $filter}, rendered the way 1C parses it: {@code guid'…'}, {@code datetime'…'} (the
 * server's wall-clock time, no zone), strings in single quotes with {@code '} doubled, numbers in plain notation
 * (1C rejects {@code 1E+20}), {@code true}/{@code false}, and {@code cast(guid'…','Document_X')} for composite fields.
 *
 * @since 0.1.0
 */
public final class ODataLiteral {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final Pattern TYPE_NAME = Pattern.compile("[\\p{L}\\p{N}_]+");

  private final String text;

  private ODataLiteral(String text) {
    this.text = text;
  }

  /**
   * {@code guid'…'}, lower case.
   *
   * @param value the key
   * @return the literal, such as {@code guid'6f1b0a4e-0c2d-11ef-9a9a-005056b6c1aa'}
   */
  public static ODataLiteral guid(UUID value) {
    return new ODataLiteral("guid'" + Objects.requireNonNull(value, "value") + "'");
  }

  /**
   * {@code datetime'yyyy-MM-ddTHH:mm:ss'}: fractions of a second are dropped, as 1C keeps none.
   *
   * @param value the date and time in the 1C server's zone
   * @return the literal, such as {@code datetime'2026-11-01T00:00:00'}
   */
  public static ODataLiteral dateTime(LocalDateTime value) {
    return new ODataLiteral("datetime'" + DATE_TIME.format(Objects.requireNonNull(value, "value")) + "'");
  }

  /**
   * A string in single quotes; an apostrophe inside is doubled.
   *
   * @param value the text, any characters
   * @return the literal, such as {@code 'O''Brien'} for {@code O'Brien}
   */
  public static ODataLiteral string(String value) {
    return new ODataLiteral("'" + Objects.requireNonNull(value, "value").replace("'", "''") + "'");
  }

  /**
   * A number in plain notation, for example {@code 1520.4} or {@code 100000000000000000000}.
   *
   * @param value the number
   * @return the literal, never in exponent notation
   */
  public static ODataLiteral number(BigDecimal value) {
    return new ODataLiteral(Objects.requireNonNull(value, "value").toPlainString());
  }

  /**
   * A whole number.
   *
   * @param value the number
   * @return the literal, such as {@code 42} or {@code -1}
   */
  public static ODataLiteral number(long value) {
    return new ODataLiteral(Long.toString(value));
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the truth value
   * @return the literal {@code true} or {@code false}
   */
  public static ODataLiteral bool(boolean value) {
    return new ODataLiteral(Boolean.toString(value));
  }

  /**
   * {@code cast(guid'…','Document_X')}: how a composite field is compared with a reference. Comparing a composite
   * field with a bare {@code guid'…'} silently matches nothing in 1C.
   *
   * @param entitySet the referenced set, such as {@code Document_ПоступлениеНаРасчетныйСчет}; a {@code
   *     StandardODATA.} prefix is removed, as cast takes the bare name
   * @param key the referenced object's {@code Ref_Key}
   * @return the literal, such as {@code cast(guid'…','Document_ПоступлениеНаРасчетныйСчет')}
   * @throws IllegalArgumentException when {@code entitySet} is not an entity-set name
   */
  public static ODataLiteral cast(UUID key, String entitySet) {
    String type = Objects.requireNonNull(entitySet, "entitySet");
    if (type.startsWith("StandardODATA.")) {
      type = type.substring("StandardODATA.".length());
    }
    if (!TYPE_NAME.matcher(type).matches()) {
      throw new IllegalArgumentException("Not an entity-set name: " + entitySet);
    }
    return new ODataLiteral("cast(guid'" + Objects.requireNonNull(key, "key") + "','" + type + "')");
  }

  /**
   * The literal as it appears in the decoded {@code $filter}.
   *
   * @return the literal's text, not percent-encoded; the same as {@code toString()}
   */
  public String render() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ODataLiteral && ((ODataLiteral) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
