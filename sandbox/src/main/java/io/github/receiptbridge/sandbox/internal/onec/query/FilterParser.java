package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterExpr.Arithmetic;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterExpr.Call;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterExpr.Comparison;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterExpr.Literal;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterExpr.Logical;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterExpr.Negation;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterToken.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A recursive-descent {@code $filter} parser that binds names against the entity type and checks types as it
 * goes. Precedence, loosest first: {@code or}, {@code and}, {@code not}, {@code eq}/{@code ne},
 * {@code gt}/{@code ge}/{@code lt}/{@code le}, {@code add}/{@code sub}, {@code mul}/{@code div}/{@code mod}, unary
 * minus, then parentheses, literals, calls and property paths. Every failure is 400 / 14 with the filter echoed.
 */
public final class FilterParser {
  private static final Set<String> EQUALITY = Set.of("eq", "ne");
  private static final Set<String> RELATIONAL = Set.of("gt", "ge", "lt", "le");
  private static final Set<String> ADDITIVE = Set.of("add", "sub");
  private static final Set<String> MULTIPLICATIVE = Set.of("mul", "div", "mod");
  private static final Pattern ENTITY_TYPE = Pattern.compile("(Catalog|Document|DocumentJournal|ChartOfAccounts"
      + "|ChartOfCalculationTypes|ChartOfCharacteristicTypes|ExchangePlan|BusinessProcess|Task)_[\\p{L}\\p{N}_]+");
  private static final int MAX_NAVIGATION_DEPTH = 4;

  private final String text;
  private final List<FilterToken> tokens;
  private final EntityTypeDef type;
  private final Navigator navigator;
  private int index;

  private FilterParser(String text, EntityTypeDef type, Navigator navigator) {
    this.text = text;
    this.tokens = FilterLexer.tokenize(text);
    this.type = type;
    this.navigator = navigator;
  }

  /**
   * Parses a {@code $filter} for entities of {@code type}.
   *
   * @throws ODataError 400 / 14 when it cannot be parsed, names an unknown property, mixes types or calls a
   *     function 1C does not implement
   */
  public static FilterExpr parse(String text, EntityTypeDef type, Navigator navigator) {
    FilterParser parser = new FilterParser(text, type, navigator);
    FilterExpr expression = parser.or();
    if (parser.peek().kind() != Kind.END || expression.type() != ValueType.BOOLEAN) {
      throw parser.error();
    }
    return expression;
  }

  /**
   * Resolves a property path such as {@code Date} or {@code Организация/ИНН} against {@code type}, as
   * {@code $orderby} needs.
   *
   * @return the expression, or {@code null} when a name is unknown
   */
  static @Nullable FilterExpr path(List<String> segments, EntityTypeDef type, Navigator navigator) {
    return new FilterParser("", type, navigator).resolve(segments, type, 0);
  }

  private FilterExpr or() {
    FilterExpr left = and();
    while (peek().isName("or")) {
      index++;
      left = new Logical(false, requireBoolean(left), requireBoolean(and()));
    }
    return left;
  }

  private FilterExpr and() {
    FilterExpr left = not();
    while (peek().isName("and")) {
      index++;
      left = new Logical(true, requireBoolean(left), requireBoolean(not()));
    }
    return left;
  }

  private FilterExpr not() {
    if (peek().isName("not") && tokens.get(index + 1).kind() != Kind.END) {
      index++;
      return new Negation(requireBoolean(not()));
    }
    return equality();
  }

  private FilterExpr equality() {
    FilterExpr left = relational();
    while (peek().kind() == Kind.NAME && EQUALITY.contains(peek().text())) {
      String operator = tokens.get(index++).text();
      left = comparison(operator, left, relational());
    }
    return left;
  }

  private FilterExpr relational() {
    FilterExpr left = additive();
    while (peek().kind() == Kind.NAME && RELATIONAL.contains(peek().text())) {
      String operator = tokens.get(index++).text();
      left = comparison(operator, left, additive());
    }
    return left;
  }

  private FilterExpr additive() {
    FilterExpr left = multiplicative();
    while (peek().kind() == Kind.NAME && ADDITIVE.contains(peek().text())) {
      String operator = tokens.get(index++).text();
      left = new Arithmetic(operator, requireNumber(left), requireNumber(multiplicative()));
    }
    return left;
  }

  private FilterExpr multiplicative() {
    FilterExpr left = unary();
    while (peek().kind() == Kind.NAME && MULTIPLICATIVE.contains(peek().text())) {
      String operator = tokens.get(index++).text();
      left = new Arithmetic(operator, requireNumber(left), requireNumber(unary()));
    }
    return left;
  }

  private FilterExpr unary() {
    if (peek().kind() != Kind.MINUS) {
      return primary();
    }
    index++;
    FilterExpr operand = requireNumber(unary());
    if (operand instanceof Literal && ((Literal) operand).value() instanceof BigDecimal) {
      return new Literal(((BigDecimal) ((Literal) operand).value()).negate(), ValueType.NUMBER);
    }
    return new Arithmetic("sub", null, operand);
  }

  private FilterExpr primary() {
    FilterToken token = tokens.get(index++);
    switch (token.kind()) {
      case OPEN:
        FilterExpr inner = or();
        expect(Kind.CLOSE);
        return inner;
      case STRING: return new Literal(token.value(), ValueType.STRING);
      case GUID: return new Literal(token.value(), ValueType.GUID);
      case DATE_TIME: return new Literal(token.value(), ValueType.DATE_TIME);
      case NUMBER: return new Literal(token.value(), ValueType.NUMBER);
      case NAME:
        return name(token.text());
      default:
        throw error();
    }
  }

  private FilterExpr name(String name) {
    switch (name) {
      case "true": return new Literal(Boolean.TRUE, ValueType.BOOLEAN);
      case "false": return new Literal(Boolean.FALSE, ValueType.BOOLEAN);
      case "null": return new Literal(null, ValueType.NULL);
      default:
        break;
    }
    if (peek().kind() == Kind.OPEN) {
      index++;
      return call(name, arguments());
    }
    List<String> segments = new ArrayList<>(List.of(name));
    while (peek().kind() == Kind.SLASH) {
      index++;
      FilterToken segment = tokens.get(index++);
      if (segment.kind() != Kind.NAME || peek().kind() == Kind.OPEN) {
        throw error();
      }
      segments.add(segment.text());
    }
    FilterExpr property = resolve(segments, type, 0);
    if (property == null) {
      throw error();
    }
    return property;
  }

  private List<FilterExpr> arguments() {
    List<FilterExpr> arguments = new ArrayList<>();
    if (peek().kind() == Kind.CLOSE) {
      index++;
      return arguments;
    }
    while (true) {
      arguments.add(or());
      FilterToken separator = tokens.get(index++);
      if (separator.kind() == Kind.CLOSE) {
        return arguments;
      }
      if (separator.kind() != Kind.COMMA) {
        throw error();
      }
    }
  }

  private FilterExpr call(String name, List<FilterExpr> arguments) {
    if (peek().kind() == Kind.SLASH) {
      throw error();
    }
    if ("cast".equals(name) || "isof".equals(name)) {
      return typeFunction(name, arguments);
    }
    FilterFunction function = FilterFunction.byName(name);
    if (function == null || arguments.size() < function.minimumArguments()
        || arguments.size() > function.parameters().size()) {
      throw error();
    }
    for (int i = 0; i < arguments.size(); i++) {
      if (!arguments.get(i).type().fits(function.parameters().get(i))) {
        throw error();
      }
    }
    return new Call(function, List.copyOf(arguments), function.result());
  }

  private FilterExpr typeFunction(String name, List<FilterExpr> arguments) {
    if (arguments.size() != 2 || !(arguments.get(1) instanceof Literal)
        || arguments.get(1).type() != ValueType.STRING) {
      throw error();
    }
    String target = (String) ((Literal) arguments.get(1)).value();
    FilterExpr subject = arguments.get(0);
    if (ENTITY_TYPE.matcher(target).matches()) {
      ValueType subjectType = subject.type();
      if (subjectType != ValueType.GUID && subjectType != ValueType.REFERENCE && subjectType != ValueType.COMPOSITE) {
        throw error();
      }
      FilterExpr qualified = new Literal(OnecNames.qualified(target), ValueType.STRING);
      FilterFunction function = "cast".equals(name) ? FilterFunction.CAST_REFERENCE : FilterFunction.ISOF;
      return constant(new Call(function, List.of(subject, qualified), function.result()));
    }
    if ("isof".equals(name)) {
      throw error();
    }
    switch (target) {
      case "String": return new Call(FilterFunction.CAST_STRING, List.of(subject), ValueType.STRING);
      case "Number": return new Call(FilterFunction.CAST_NUMBER, List.of(subject), ValueType.NUMBER);
      case "Date": return new Call(FilterFunction.CAST_DATE, List.of(subject), ValueType.DATE_TIME);
      case "Boolean": return new Call(FilterFunction.CAST_BOOLEAN, List.of(subject), ValueType.BOOLEAN);
      default: throw error();
    }
  }

  /** A call on literals only is evaluated once, so index planning sees its value. */
  private static FilterExpr constant(Call call) {
    for (FilterExpr argument : call.arguments()) {
      if (!(argument instanceof Literal)) {
        return call;
      }
    }
    return new Literal(call.evaluate(null), call.type());
  }

  private @Nullable FilterExpr resolve(List<String> segments, EntityTypeDef owner, int depth) {
    String first = segments.get(0);
    PropertyDef property = owner.property(first);
    if (segments.size() == 1) {
      if (property != null) {
        switch (property.kind()) {
          case COMPOSITE: return new FilterExpr.Property(first, ValueType.COMPOSITE, false);
          case TABULAR: return null;
          default: return new FilterExpr.Property(first, ValueType.of(property.type()), false);
        }
      }
      if (first.endsWith("_Type")) {
        PropertyDef composite = owner.property(first.substring(0, first.length() - "_Type".length()));
        if (composite != null && composite.kind() == PropertyDef.Kind.COMPOSITE) {
          return new FilterExpr.Property(composite.name(), ValueType.STRING, true);
        }
      }
      return null;
    }
    PropertyDef reference = navigation(owner, first);
    if (reference == null || depth >= MAX_NAVIGATION_DEPTH) {
      return null;
    }
    FilterExpr inner = resolve(segments.subList(1, segments.size()), BpSchema.entitySet(reference.target()),
        depth + 1);
    return inner == null ? null : new FilterExpr.Navigation(reference, inner, navigator);
  }

  private @Nullable PropertyDef navigation(EntityTypeDef owner, String name) {
    for (PropertyDef property : owner.properties()) {
      if (property.kind() == PropertyDef.Kind.REFERENCE && name.equals(property.navigationName())
          && BpSchema.entitySet(property.target()) != null && navigator.isPublished(property.target())) {
        return property;
      }
    }
    return null;
  }

  private FilterExpr comparison(String operator, FilterExpr left, FilterExpr right) {
    ValueType a = left.type();
    ValueType b = right.type();
    boolean comparable = a == ValueType.COMPOSITE || b == ValueType.COMPOSITE || a == ValueType.NULL
        || b == ValueType.NULL || a == b || a.fits(b) && b.fits(a);
    if (!comparable || a == ValueType.BOOLEAN && RELATIONAL.contains(operator)) {
      throw error();
    }
    return new Comparison(operator, left, right);
  }

  private FilterExpr requireBoolean(FilterExpr expression) {
    if (expression.type() != ValueType.BOOLEAN) {
      throw error();
    }
    return expression;
  }

  private FilterExpr requireNumber(FilterExpr expression) {
    if (expression.type() != ValueType.NUMBER && expression.type() != ValueType.COMPOSITE) {
      throw error();
    }
    return expression;
  }

  private void expect(Kind kind) {
    if (tokens.get(index++).kind() != kind) {
      throw error();
    }
  }

  private FilterToken peek() {
    return tokens.get(Math.min(index, tokens.size() - 1));
  }

  private ODataError error() {
    return FilterLexer.error(text);
  }
}
