package io.github.receiptbridge.sandbox.internal.schetmash.php;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PHP's {@code $_GET}: {@code &}-separated pairs, {@code +} and {@code %XX} decoded, the last scalar of a name
 * wins, and {@code name[]=..} / {@code name[key]=..} make an array. Only the shape matters here: the server
 * reads {@code token} and {@code external_id}.
 */
public final class PhpQueryString {
  /** One query parameter: a string, or an array of strings. */
  public static final class Value {
    private final String scalar;
    private final List<String> array;

    private Value(String scalar, List<String> array) {
      this.scalar = scalar;
      this.array = array;
    }

    /** True when the parameter was given with brackets. */
    public boolean isArray() {
      return array != null;
    }

    /** The string value; only for non-arrays. */
    public String scalar() {
      return scalar;
    }

    /** The array's values; only for arrays. */
    public List<String> arrayValues() {
      return List.copyOf(array);
    }

    /** PHP {@code empty()} of this value. */
    public boolean isEmpty() {
      return array != null ? array.isEmpty() : scalar.isEmpty() || "0".equals(scalar);
    }
  }

  private final Map<String, Value> values;

  private PhpQueryString(Map<String, Value> values) {
    this.values = values;
  }

  /** Parses the raw query (without {@code ?}); {@code null} means no query at all. */
  public static PhpQueryString parse(String rawQuery) {
    Map<String, Value> values = new HashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&", -1)) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = urlDecode(equals < 0 ? pair : pair.substring(0, equals)).stripLeading();
        String value = equals < 0 ? "" : urlDecode(pair.substring(equals + 1));
        int bracket = name.indexOf('[');
        if (bracket > 0 && name.indexOf(']', bracket) > 0) {
          String base = name.substring(0, bracket);
          Value existing = values.get(base);
          List<String> list = existing != null && existing.isArray()
              ? new ArrayList<>(existing.array) : new ArrayList<>();
          list.add(value);
          values.put(base, new Value(null, list));
        } else if (!name.isEmpty()) {
          values.put(name.replace('.', '_').replace(' ', '_'), new Value(value, null));
        }
      }
    }
    return new PhpQueryString(values);
  }

  /** The parameter, or {@code null} when absent. */
  public Value get(String name) {
    return values.get(name);
  }

  /** PHP {@code empty($_GET[name])}. */
  public boolean isEmpty(String name) {
    Value value = values.get(name);
    return value == null || value.isEmpty();
  }

  /** {@code urldecode}: {@code +} is a space, {@code %XX} a byte; malformed escapes stay as they are. */
  static String urlDecode(String text) {
    return percentDecode(text, true);
  }

  /**
   * {@code rawurldecode}: like {@link #urlDecode} but {@code +} stays a plus.
   *
   * @param text the raw text
   * @return the decoded text
   */
  public static String rawUrlDecode(String text) {
    return percentDecode(text, false);
  }

  private static String percentDecode(String text, boolean plusIsSpace) {
    if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
      return text;
    }
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      if (b == '+' && plusIsSpace) {
        out.write(' ');
      } else if (b == '%' && i + 2 < raw.length
          && Character.digit(raw[i + 1], 16) >= 0 && Character.digit(raw[i + 2], 16) >= 0) {
        out.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
        i += 2;
      } else {
        out.write(b);
      }
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }
}
