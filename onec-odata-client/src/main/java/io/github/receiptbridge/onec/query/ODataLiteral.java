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

  /** {@code guid'…'}, lower case. */
  public static ODataLiteral guid(UUID value) {
    return new ODataLiteral("guid'" + Objects.requireNonNull(value, "value") + "'");
  }

  /** {@code datetime'yyyy-MM-ddTHH:mm:ss'}: fractions of a second are dropped, as 1C keeps none. */
  public static ODataLiteral dateTime(LocalDateTime value) {
    return new ODataLiteral("datetime'" + DATE_TIME.format(Objects.requireNonNull(value, "value")) + "'");
  }

  /** A string in single quotes; an apostrophe inside is doubled. */
  public static ODataLiteral string(String value) {
    return new ODataLiteral("'" + Objects.requireNonNull(value, "value").replace("'", "''") + "'");
  }

  /** A number in plain notation, for example {@code 1520.4} or {@code 100000000000000000000}. */
  public static ODataLiteral number(BigDecimal value) {
    return new ODataLiteral(Objects.requireNonNull(value, "value").toPlainString());
  }

  /** A whole number. */
  public static ODataLiteral number(long value) {
    return new ODataLiteral(Long.toString(value));
  }

  /** {@code true} or {@code false}. */
  public static ODataLiteral bool(boolean value) {
    return new ODataLiteral(Boolean.toString(value));
  }

  /**
   * {@code cast(guid'…','Document_X')}: how a composite field is compared with a reference. Comparing a composite
   * field with a bare {@code guid'…'} silently matches nothing in 1C.
   *
   * @param entitySet the referenced set, such as {@code Document_ПоступлениеНаРасчетныйСчет}; a {@code
   *     StandardODATA.} prefix is removed, as cast takes the bare name
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

  /** The literal as it appears in the decoded {@code $filter}. */
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
