package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.EdmType;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How 1C compares values in {@code $filter}: strings ignoring case and trailing spaces (as the query language
 * does), references by key, a composite field equal only to a value of its own type ({@code cast(guid'…','X')}
 * for references), and a composite compared with a bare {@code guid'…'} matching nothing, whatever the operator.
 */
final class Comparisons {
  private Comparisons() {
  }

  /** The result of {@code left <operator> right}; comparisons with missing values are false. */
  static Boolean compare(String operator, Object left, Object right) {
    if (left instanceof CompositeValue) {
      return composite(operator, (CompositeValue) left, right);
    }
    if (right instanceof CompositeValue) {
      return composite(flip(operator), (CompositeValue) right, left);
    }
    if (left == null || right == null) {
      boolean bothMissing = left == null && right == null;
      return "eq".equals(operator) ? bothMissing : "ne".equals(operator) && !bothMissing;
    }
    if (isReference(left) && isReference(right)) {
      return equality(operator, sameReference(left, right));
    }
    Integer order = order(left, right);
    return order != null && holds(operator, order);
  }

  /** The result of {@code a <operator> b} for {@code add sub mul div mod}; {@code null} on division by zero. */
  static BigDecimal arithmetic(String operator, BigDecimal a, BigDecimal b) {
    switch (operator) {
      case "add": return a.add(b);
      case "sub": return a.subtract(b);
      case "mul": return a.multiply(b);
      case "div": return b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL64);
      default: return b.signum() == 0 ? null : a.remainder(b);
    }
  }

  /** Strings as 1C compares them: case-insensitively, ignoring trailing spaces. */
  static int compareStrings(String a, String b) {
    return stripTrailingSpaces(a).compareToIgnoreCase(stripTrailingSpaces(b));
  }

  /** The order of two values of the same kind, or {@code null} when they cannot be ordered. */
  static @Nullable Integer order(Object left, Object right) {
    if (left instanceof String && right instanceof String) {
      return compareStrings((String) left, (String) right);
    }
    if (left instanceof BigDecimal && right instanceof BigDecimal) {
      return ((BigDecimal) left).compareTo((BigDecimal) right);
    }
    if (left instanceof LocalDateTime && right instanceof LocalDateTime) {
      return ((LocalDateTime) left).compareTo((LocalDateTime) right);
    }
    if (left instanceof Boolean && right instanceof Boolean) {
      return Boolean.compare((Boolean) left, (Boolean) right);
    }
    if (left instanceof UUID && right instanceof UUID) {
      return left.toString().compareTo(right.toString());
    }
    return null;
  }

  private static Boolean composite(String operator, CompositeValue composite, Object other) {
    if (other == null) {
      return equality(operator, OnecNames.UNDEFINED_TYPE.equals(composite.type()));
    }
    if (other instanceof UUID) {
      return false;
    }
    if (other instanceof Reference) {
      Reference reference = (Reference) other;
      return equality(operator, composite.type().equals(reference.type())
          && composite.value().equalsIgnoreCase(reference.key().toString()));
    }
    if (other instanceof CompositeValue) {
      CompositeValue value = (CompositeValue) other;
      return equality(operator, composite.type().equals(value.type())
          && compareStrings(composite.value(), value.value()) == 0);
    }
    Object primitive = primitiveOf(composite, other.getClass());
    if (primitive == null) {
      return "ne".equals(operator);
    }
    Integer order = order(primitive, other);
    return order != null && holds(operator, order);
  }

  private static @Nullable Object primitiveOf(CompositeValue composite, Class<?> wanted) {
    String text = composite.value().trim();
    try {
      if (wanted == String.class && EdmType.STRING.wireName().equals(composite.type())) {
        return composite.value();
      }
      if (wanted == BigDecimal.class && EdmType.DOUBLE.wireName().equals(composite.type())) {
        return new BigDecimal(text);
      }
      if (wanted == LocalDateTime.class && EdmType.DATE_TIME.wireName().equals(composite.type())) {
        return LocalDateTime.parse(text);
      }
      if (wanted == Boolean.class && EdmType.BOOLEAN.wireName().equals(composite.type())) {
        return Boolean.valueOf(text);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
    return null;
  }

  private static boolean isReference(Object value) {
    return value instanceof UUID || value instanceof Reference;
  }

  private static boolean sameReference(Object left, Object right) {
    UUID a = left instanceof Reference ? ((Reference) left).key() : (UUID) left;
    UUID b = right instanceof Reference ? ((Reference) right).key() : (UUID) right;
    boolean typesAgree = !(left instanceof Reference && right instanceof Reference)
        || ((Reference) left).type().equals(((Reference) right).type());
    return a.equals(b) && typesAgree;
  }

  private static Boolean equality(String operator, boolean equal) {
    if ("eq".equals(operator)) {
      return equal;
    }
    return "ne".equals(operator) ? !equal : Boolean.FALSE;
  }

  private static boolean holds(String operator, int order) {
    switch (operator) {
      case "eq": return order == 0;
      case "ne": return order != 0;
      case "gt": return order > 0;
      case "ge": return order >= 0;
      case "lt": return order < 0;
      default: return order <= 0;
    }
  }

  private static String flip(String operator) {
    switch (operator) {
      case "gt": return "lt";
      case "ge": return "le";
      case "lt": return "gt";
      case "le": return "ge";
      default: return operator;
    }
  }

  private static String stripTrailingSpaces(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(0, end);
  }
}
