package io.github.receiptbridge.onec.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An immutable {@code $filter} expression: comparisons of a property with a literal, joined with {@code and} and
 * {@code or}. Property names are checked to be names (letters, digits, {@code _}, {@code /} for paths), so text from
 * a caller can only ever enter as a literal.
 *
 * <pre>{@code
 * ODataFilter filter = ODataFilter.ge("Date", ODataLiteral.dateTime(from))
 *     .and(ODataFilter.lt("Date", ODataLiteral.dateTime(to)))
 *     .and(ODataFilter.eq("Организация_Key", ODataLiteral.guid(organization)));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ODataFilter {
  private static final Pattern PROPERTY = Pattern.compile("[\\p{L}\\p{N}_]+(/[\\p{L}\\p{N}_]+)*");

  private final String text;
  /** The operator at the top of the expression: {@code null} for a comparison, else {@code and} or {@code or}. */
  private final @Nullable String top;

  private ODataFilter(String text, @Nullable String top) {
    this.text = text;
    this.top = top;
  }

  private static ODataFilter compare(String property, String operator, ODataLiteral value) {
    Objects.requireNonNull(property, "property");
    if (!PROPERTY.matcher(property).matches()) {
      throw new IllegalArgumentException("Not a property name: '" + property + "'");
    }
    return new ODataFilter(property + " " + operator + " " + Objects.requireNonNull(value, "value").render(), null);
  }

  /**
   * {@code property eq value}.
   *
   * @param property a property name or path, such as {@code Date} or {@code КонтактнаяИнформация/Тип}
   * @param value the literal compared with
   * @return the comparison
   * @throws IllegalArgumentException when {@code property} is not a name: only letters, digits, {@code _} and {@code /}
   *     between names
   */
  public static ODataFilter eq(String property, ODataLiteral value) {
    return compare(property, "eq", value);
  }

  /**
   * {@code property ne value}.
   *
   * @param property a property name or path, such as {@code Date} or {@code КонтактнаяИнформация/Тип}
   * @param value the literal compared with
   * @return the comparison
   * @throws IllegalArgumentException when {@code property} is not a name: only letters, digits, {@code _} and {@code /}
   *     between names
   */
  public static ODataFilter ne(String property, ODataLiteral value) {
    return compare(property, "ne", value);
  }

  /**
   * {@code property gt value}.
   *
   * @param property a property name or path, such as {@code Date} or {@code КонтактнаяИнформация/Тип}
   * @param value the literal compared with
   * @return the comparison
   * @throws IllegalArgumentException when {@code property} is not a name: only letters, digits, {@code _} and {@code /}
   *     between names
   */
  public static ODataFilter gt(String property, ODataLiteral value) {
    return compare(property, "gt", value);
  }

  /**
   * {@code property ge value}.
   *
   * @param property a property name or path, such as {@code Date} or {@code КонтактнаяИнформация/Тип}
   * @param value the literal compared with
   * @return the comparison
   * @throws IllegalArgumentException when {@code property} is not a name: only letters, digits, {@code _} and {@code /}
   *     between names
   */
  public static ODataFilter ge(String property, ODataLiteral value) {
    return compare(property, "ge", value);
  }

  /**
   * {@code property lt value}.
   *
   * @param property a property name or path, such as {@code Date} or {@code КонтактнаяИнформация/Тип}
   * @param value the literal compared with
   * @return the comparison
   * @throws IllegalArgumentException when {@code property} is not a name: only letters, digits, {@code _} and {@code /}
   *     between names
   */
  public static ODataFilter lt(String property, ODataLiteral value) {
    return compare(property, "lt", value);
  }

  /**
   * {@code property le value}.
   *
   * @param property a property name or path, such as {@code Date} or {@code КонтактнаяИнформация/Тип}
   * @param value the literal compared with
   * @return the comparison
   * @throws IllegalArgumentException when {@code property} is not a name: only letters, digits, {@code _} and {@code /}
   *     between names
   */
  public static ODataFilter le(String property, ODataLiteral value) {
    return compare(property, "le", value);
  }

  /**
   * This filter {@code and} the other; a side whose top operator is {@code or} is put in parentheses.
   *
   * @param other the right-hand side
   * @return a new filter; this one stays unchanged
   */
  public ODataFilter and(ODataFilter other) {
    Objects.requireNonNull(other, "other");
    return new ODataFilter(this.asAndOperand() + " and " + other.asAndOperand(), "and");
  }

  /**
   * This filter {@code or} the other ({@code and} binds tighter, so no parentheses are needed).
   *
   * @param other the right-hand side
   * @return a new filter; this one stays unchanged
   */
  public ODataFilter or(ODataFilter other) {
    Objects.requireNonNull(other, "other");
    return new ODataFilter(text + " or " + other.text, "or");
  }

  /**
   * The filters joined with {@code or}, for example one clause per document of a chunk.
   *
   * @param filters the clauses, at least one, in order
   * @return the clauses joined in order; the single clause itself when there is only one
   * @throws IllegalArgumentException when {@code filters} is empty
   */
  public static ODataFilter anyOf(Collection<ODataFilter> filters) {
    List<ODataFilter> list = new ArrayList<>(filters);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("anyOf needs at least one filter");
    }
    ODataFilter result = list.get(0);
    for (int i = 1; i < list.size(); i++) {
      result = result.or(list.get(i));
    }
    return result;
  }

  private String asAndOperand() {
    return "or".equals(top) ? "(" + text + ")" : text;
  }

  /**
   * The expression as it appears decoded in the URL.
   *
   * @return the expression, not percent-encoded; the same as {@code toString()}
   */
  public String render() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
