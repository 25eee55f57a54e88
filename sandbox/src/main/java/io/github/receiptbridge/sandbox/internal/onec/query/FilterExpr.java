package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.Defaults;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A parsed and type-checked {@code $filter} expression. {@link #evaluate} returns {@code String},
 * {@code BigDecimal}, {@code LocalDateTime}, {@code Boolean}, {@code UUID}, {@link Reference},
 * {@link CompositeValue} or {@code null}.
 */
public sealed interface FilterExpr {
  /** The value of this expression for one entity. */
  Object evaluate(Entity entity);

  /** The static type. */
  ValueType type();

  /** Whether the entity satisfies this (boolean) expression. */
  default boolean test(Entity entity) {
    return Boolean.TRUE.equals(evaluate(entity));
  }

  /** A literal, or a constant computed while parsing. */
  record Literal(Object value, ValueType type) implements FilterExpr {
    @Override
    public Object evaluate(Entity entity) {
      return value;
    }
  }

  /**
   * A property of the entity; {@code typeMember} reads the {@code _Type} half of a composite.
   *
   * @param name       the property's wire name
   * @param type       its static type
   * @param typeMember whether this is {@code X_Type} of composite {@code X}
   */
  record Property(String name, ValueType type, boolean typeMember) implements FilterExpr {
    @Override
    public Object evaluate(Entity entity) {
      Object value = entity.get(name);
      if (typeMember) {
        return value == null ? null : ((CompositeValue) value).type();
      }
      return value instanceof Long ? BigDecimal.valueOf((Long) value) : value;
    }
  }

  /** A property of the object a reference points to, for example {@code Организация/ИНН}. */
  record Navigation(PropertyDef reference, FilterExpr inner, Navigator navigator) implements FilterExpr {
    @Override
    public @Nullable Object evaluate(Entity entity) {
      Object key = entity.get(reference.name());
      if (!(key instanceof UUID) || Defaults.EMPTY_REF.equals(key)) {
        return null;
      }
      return navigator.find(reference.target(), (UUID) key).map(inner::evaluate).orElse(null);
    }

    @Override
    public ValueType type() {
      return inner.type();
    }
  }

  /** {@code eq ne gt ge lt le}. */
  record Comparison(String operator, FilterExpr left, FilterExpr right) implements FilterExpr {
    @Override
    public Object evaluate(Entity entity) {
      return Comparisons.compare(operator, left.evaluate(entity), right.evaluate(entity));
    }

    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }
  }

  /** {@code and} / {@code or}, short-circuit. */
  record Logical(boolean and, FilterExpr left, FilterExpr right) implements FilterExpr {
    @Override
    public Object evaluate(Entity entity) {
      boolean first = left.test(entity);
      if (and ? !first : first) {
        return first;
      }
      return right.test(entity);
    }

    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }
  }

  /** {@code not}. */
  record Negation(FilterExpr operand) implements FilterExpr {
    @Override
    public Object evaluate(Entity entity) {
      Object value = operand.evaluate(entity);
      return value instanceof Boolean ? !(Boolean) value : null;
    }

    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }
  }

  /** {@code add sub mul div mod} and unary minus (a {@code null} left operand). */
  record Arithmetic(String operator, FilterExpr left, FilterExpr right) implements FilterExpr {
    @Override
    public @Nullable Object evaluate(Entity entity) {
      Object a = left == null ? BigDecimal.ZERO : left.evaluate(entity);
      Object b = right.evaluate(entity);
      if (!(a instanceof BigDecimal) || !(b instanceof BigDecimal)) {
        return null;
      }
      return Comparisons.arithmetic(operator, (BigDecimal) a, (BigDecimal) b);
    }

    @Override
    public ValueType type() {
      return ValueType.NUMBER;
    }
  }

  /** A function call. */
  record Call(FilterFunction function, List<FilterExpr> arguments, ValueType type) implements FilterExpr {
    @Override
    public Object evaluate(Entity entity) {
      Object[] values = new Object[arguments.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = arguments.get(i).evaluate(entity);
      }
      return function.apply(values);
    }
  }
}
