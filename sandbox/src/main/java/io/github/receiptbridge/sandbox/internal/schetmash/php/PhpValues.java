package io.github.receiptbridge.sandbox.internal.schetmash.php;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PHP 7.2 value semantics over decoded JSON trees: {@code empty}, {@code isset}, string and float casts,
 * numeric strings and array access. A JSON object and a JSON array are both "PHP arrays" here, because the
 * server decodes bodies with {@code assoc = true}; so {@code {}} is empty, exactly like {@code []}.
 */
public final class PhpValues {
  /** PHP's {@code precision} ini default, used when a float is converted to a string. */
  private static final int STRING_PRECISION = 14;

  private PhpValues() {
  }

  /** True for JSON objects and arrays, the two shapes that decode to a PHP array. */
  public static boolean isArray(@Nullable JsonNode value) {
    return value != null && value.isContainerNode();
  }

  /**
   * {@code $container[$key]} inside {@code empty()} or {@code isset()}: never warns; anything that is not
   * an array (or has no such key) yields {@code null}.
   */
  public static @Nullable JsonNode lookup(@Nullable JsonNode container, String key) {
    if (container == null || !container.isObject()) {
      // A PHP list only has integer keys; every key this server reads is a name.
      return null;
    }
    return container.get(key);
  }

  /** PHP {@code empty()}: absent, null, false, 0, 0.0, "", "0" and empty arrays. */
  public static boolean isEmpty(@Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return true;
    }
    if (value.isBoolean()) {
      return !value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.longValue() == 0L;
    }
    if (value.isNumber()) {
      return value.doubleValue() == 0.0d;
    }
    if (value.isTextual()) {
      String text = value.textValue();
      return text.isEmpty() || "0".equals(text);
    }
    return value.size() == 0;
  }

  /** PHP {@code isset()} on an already looked-up value. */
  public static boolean isSet(@Nullable JsonNode value) {
    return value != null && !value.isNull();
  }

  /** PHP {@code is_scalar()}: int, float, string or bool (null is not scalar). */
  public static boolean isScalar(@Nullable JsonNode value) {
    return value != null && (value.isNumber() || value.isTextual() || value.isBoolean());
  }

  /**
   * {@code (string)$value} or string concatenation. Arrays raise "Array to string conversion", which the
   * server turns into a 500 page.
   */
  public static String toPhpString(@Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isContainerNode()) {
      throw new PhpCrashException("Array to string conversion");
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "1" : "";
    }
    if (value.isIntegralNumber()) {
      return Long.toString(value.longValue());
    }
    if (value.isNumber()) {
      return floatToString(value.doubleValue());
    }
    return value.textValue();
  }

  /** {@code (string)} of a PHP float, using the default {@code precision = 14} and PHP's %G layout. */
  public static String floatToString(double value) {
    if (Double.isNaN(value)) {
      return "NAN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "INF" : "-INF";
    }
    if (value == 0.0d) {
      return (1.0d / value) < 0 ? "-0" : "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(STRING_PRECISION, RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
    String sign = rounded.signum() < 0 ? "-" : "";
    String digits = rounded.unscaledValue().abs().toString();
    int decimalPoint = digits.length() - rounded.scale();
    if (decimalPoint < -3 || decimalPoint > STRING_PRECISION) {
      String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
      int exponent = decimalPoint - 1;
      return sign + mantissa + "E" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
    return sign + rounded.abs().toPlainString();
  }

  /** {@code (float)$value}: the leading numeric prefix of a string, 1.0/0.0 for non-empty/empty arrays. */
  public static double toFloat(@Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return 0.0d;
    }
    if (value.isContainerNode()) {
      return value.size() == 0 ? 0.0d : 1.0d;
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? 1.0d : 0.0d;
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    String prefix = PhpNumericString.leadingNumber(value.textValue());
    return prefix.isEmpty() ? 0.0d : Double.parseDouble(prefix);
  }

  /**
   * The elements {@code foreach} visits. A non-array raises "Invalid argument supplied for foreach()",
   * a warning, hence a 500 page.
   */
  public static List<JsonNode> foreach(@Nullable JsonNode value) {
    if (!isArray(value)) {
      throw new PhpCrashException("Invalid argument supplied for foreach()");
    }
    List<JsonNode> elements = new ArrayList<>(value.size());
    value.elements().forEachRemaining(elements::add);
    return elements;
  }

  /**
   * {@code $container[$key]} outside {@code empty()}/{@code isset()}: a missing key in an array is an
   * "Undefined index" notice and a string container an "Illegal string offset" warning (both 500 pages);
   * PHP 7.2 silently yields null for null, bool and number containers.
   */
  public static @Nullable JsonNode read(@Nullable JsonNode container, String key) {
    if (container == null || container.isNull() || container.isBoolean() || container.isNumber()) {
      return null;
    }
    if (container.isTextual()) {
      throw new PhpCrashException("Illegal string offset '" + key + "'");
    }
    JsonNode value = lookup(container, key);
    if (value == null) {
      throw new PhpCrashException("Undefined index: " + key);
    }
    return value;
  }
}
