package io.github.receiptbridge.onec.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value of additional information: 1C always sends {@code Значение} as a string, with its type in {@code
 * Значение_Type}. Build one with {@link #ofString}, {@link #ofNumber}, {@link #ofDateTime} or {@link #ofBoolean}.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractAdditionalValue {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  /**
   * {@code Значение}, exactly as on the wire.
   *
   * @return the value's text, such as {@code 2024-05-01T00:00:00} for a date-time
   */
  @Value.Parameter
  public abstract String text();

  /**
   * {@code Значение_Type}, exactly as on the wire, for example {@code Edm.Double}.
   *
   * @return the type string; for a reference type, its {@code StandardODATA.} name
   */
  @Value.Parameter
  public abstract String rawType();

  /**
   * The kind of value.
   *
   * @return the kind, {@link ValueKind#OTHER} for a type other than the four plain ones
   */
  @Value.Derived
  public ValueKind kind() {
    return ValueKind.fromWire(rawType());
  }

  /**
   * A string value.
   *
   * @param value the text, sent unchanged
   * @return the value, of type {@code Edm.String}
   */
  public static AdditionalValue ofString(String value) {
    return AdditionalValue.of(value, ValueKind.STRING.wireType());
  }

  /**
   * A number value, sent in plain notation ({@code 12345}, never {@code 1.2345E+4}).
   *
   * @param value the number; trailing zeros are dropped
   * @return the value, of type {@code Edm.Double}
   */
  public static AdditionalValue ofNumber(BigDecimal value) {
    return AdditionalValue.of(value.stripTrailingZeros().toPlainString(), ValueKind.NUMBER.wireType());
  }

  /**
   * A date-time value in the server's wall-clock time; fractions of a second are dropped.
   *
   * @param value the date and time in the 1C server's zone
   * @return the value, of type {@code Edm.DateTime}, sent as {@code yyyy-MM-ddTHH:mm:ss}
   */
  public static AdditionalValue ofDateTime(LocalDateTime value) {
    return AdditionalValue.of(DATE_TIME.format(value), ValueKind.DATE_TIME.wireType());
  }

  /**
   * A boolean value.
   *
   * @param value the flag
   * @return the value, of type {@code Edm.Boolean}, sent as {@code true} or {@code false}
   */
  public static AdditionalValue ofBoolean(boolean value) {
    return AdditionalValue.of(Boolean.toString(value), ValueKind.BOOLEAN.wireType());
  }

  /**
   * The value as a number, when it is one.
   *
   * @return the number; empty for another kind or a text that is not a number
   */
  public Optional<BigDecimal> asNumber() {
    if (kind() != ValueKind.NUMBER) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text().trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The value as a date-time, when it is one.
   *
   * @return the date and time; empty for another kind or a text not in the form {@code yyyy-MM-ddTHH:mm:ss}
   */
  public Optional<LocalDateTime> asDateTime() {
    if (kind() != ValueKind.DATE_TIME) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text().trim(), DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code other} means the same value: numbers compare by value ({@code "10"} and {@code "10.0"}), other
   * kinds by text.
   *
   * @param other the value to compare with
   * @return {@code true} when both are of the same kind and mean the same
   */
  public boolean sameValueAs(AdditionalValue other) {
    if (kind() != other.kind()) {
      return false;
    }
    if (kind() == ValueKind.NUMBER && asNumber().isPresent() && other.asNumber().isPresent()) {
      return asNumber().get().compareTo(other.asNumber().get()) == 0;
    }
    return text().equals(other.text());
  }
}
