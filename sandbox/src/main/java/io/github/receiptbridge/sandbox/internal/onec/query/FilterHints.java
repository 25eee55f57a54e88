package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.query.FilterExpr.Comparison;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterExpr.Literal;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterExpr.Logical;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads index hints out of a parsed filter: the top-level {@code and} terms, the values a property must equal
 * ({@code Ref_Key eq guid'…' or …}, {@code Объект eq cast(…) or …}), and date bounds. Sources use them to narrow
 * the candidates; the filter itself is still applied unless the hints decide it completely.
 */
final class FilterHints {
  private FilterHints() {
  }

  /** The terms of a top-level {@code and} chain (the filter itself when it is not one). */
  static List<FilterExpr> conjuncts(FilterExpr filter) {
    List<FilterExpr> terms = new ArrayList<>();
    collect(filter, terms);
    return terms;
  }

  private static void collect(FilterExpr expression, List<FilterExpr> terms) {
    if (expression instanceof Logical && ((Logical) expression).and()) {
      collect(((Logical) expression).left(), terms);
      collect(((Logical) expression).right(), terms);
    } else {
      terms.add(expression);
    }
  }

  /**
   * The literal values {@code property} must equal for the filter to hold, when the filter says so: an
   * {@code eq} term, an {@code or} of such terms, or an {@code and} with one.
   */
  static Optional<Set<Object>> equalTo(FilterExpr filter, String property) {
    if (filter instanceof Logical) {
      Logical logical = (Logical) filter;
      Optional<Set<Object>> left = equalTo(logical.left(), property);
      Optional<Set<Object>> right = equalTo(logical.right(), property);
      if (logical.and()) {
        return left.isPresent() ? left : right;
      }
      if (left.isEmpty() || right.isEmpty()) {
        return Optional.empty();
      }
      Set<Object> union = new LinkedHashSet<>(left.get());
      union.addAll(right.get());
      return Optional.of(union);
    }
    Object value = equalityLiteral(filter, property);
    return value == null ? Optional.empty() : Optional.of(Set.of(value));
  }

  /** The literal of a {@code property eq literal} term (either way round), else {@code null}. */
  static @Nullable Object equalityLiteral(FilterExpr term, String property) {
    if (!(term instanceof Comparison) || !"eq".equals(((Comparison) term).operator())) {
      return null;
    }
    Comparison comparison = (Comparison) term;
    if (isProperty(comparison.left(), property) && comparison.right() instanceof Literal) {
      return ((Literal) comparison.right()).value();
    }
    if (isProperty(comparison.right(), property) && comparison.left() instanceof Literal) {
      return ((Literal) comparison.left()).value();
    }
    return null;
  }

  /**
   * The range a {@code property <op> datetime'…'} term (either way round) allows, as
   * {@code [from, until)} in whole seconds of the local date-time at UTC; {@code null} for other terms.
   */
  static long @Nullable [] dateRange(FilterExpr term, String property) {
    if (!(term instanceof Comparison)) {
      return null;
    }
    Comparison comparison = (Comparison) term;
    String operator = comparison.operator();
    Object literal;
    if (isProperty(comparison.left(), property) && comparison.right() instanceof Literal) {
      literal = ((Literal) comparison.right()).value();
    } else if (isProperty(comparison.right(), property) && comparison.left() instanceof Literal) {
      literal = ((Literal) comparison.left()).value();
      operator = mirrored(operator);
    } else {
      return null;
    }
    if (!(literal instanceof LocalDateTime) || ((LocalDateTime) literal).getNano() != 0) {
      return null;
    }
    long seconds = ((LocalDateTime) literal).toEpochSecond(ZoneOffset.UTC);
    switch (operator) {
      case "ge": return new long[] {seconds, Long.MAX_VALUE};
      case "gt": return new long[] {seconds + 1, Long.MAX_VALUE};
      case "lt": return new long[] {Long.MIN_VALUE, seconds};
      case "le": return new long[] {Long.MIN_VALUE, seconds + 1};
      case "eq": return new long[] {seconds, seconds + 1};
      default: return null;
    }
  }

  private static boolean isProperty(FilterExpr expression, String property) {
    return expression instanceof FilterExpr.Property && !((FilterExpr.Property) expression).typeMember()
        && ((FilterExpr.Property) expression).name().equals(property);
  }

  private static String mirrored(String operator) {
    switch (operator) {
      case "gt": return "lt";
      case "ge": return "le";
      case "lt": return "gt";
      case "le": return "ge";
      default: return operator;
    }
  }
}
