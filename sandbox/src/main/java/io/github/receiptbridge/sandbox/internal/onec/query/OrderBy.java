package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A parsed {@code $orderby}: property paths with {@code asc}/{@code desc}. */
public final class OrderBy {
  /** No ordering requested. */
  public static final OrderBy NONE = new OrderBy(List.of());

  /**
   * One ordering term.
   *
   * @param path       the property path segments
   * @param expression the bound path
   * @param descending {@code desc}
   */
  public record Item(List<String> path, FilterExpr expression, boolean descending) {
  }

  private final List<Item> items;

  private OrderBy(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /**
   * Parses {@code $orderby}.
   *
   * @param text the option, or {@code null}
   * @throws ODataError 400 / 6 naming an unknown property, 400 / 14 for a malformed term
   */
  public static OrderBy parse(@Nullable String text, EntityTypeDef type, Navigator navigator) {
    if (text == null) {
      return NONE;
    }
    List<Item> items = new ArrayList<>();
    for (String term : text.split(",", -1)) {
      String[] words = term.trim().split(" +");
      if (words[0].isEmpty() || words.length > 2
          || words.length == 2 && !"asc".equals(words[1]) && !"desc".equals(words[1])) {
        throw ODataError.queryOption("$orderby", text);
      }
      List<String> path = Arrays.asList(words[0].split("/", -1));
      FilterExpr expression = FilterParser.path(path, type, navigator);
      if (expression == null) {
        String unknown = path.size() > 1 && FilterParser.path(path.subList(0, 1), type, navigator) == null
            ? path.get(path.size() - 1) : path.get(0);
        throw ODataError.pathSegmentNotFound(unknown);
      }
      items.add(new Item(path, expression, words.length == 2 && "desc".equals(words[1])));
    }
    return new OrderBy(items);
  }

  /** Whether nothing was requested. */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** Whether this asks, ascending, for a prefix of {@code natural} (a list of plain property names). */
  public boolean isPrefixOf(List<String> natural) {
    if (items.size() > natural.size()) {
      return false;
    }
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.descending() || item.path().size() != 1 || !item.path().get(0).equals(natural.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The ordering; values that cannot be ordered, and missing ones, come first. */
  public Comparator<Entity> comparator() {
    Comparator<Entity> comparator = (a, b) -> 0;
    for (Item item : items) {
      Comparator<Entity> term = (a, b) -> compareValues(item.expression().evaluate(a),
          item.expression().evaluate(b));
      comparator = comparator.thenComparing(item.descending() ? term.reversed() : term);
    }
    return comparator;
  }

  private static int compareValues(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof CompositeValue && b instanceof CompositeValue) {
      CompositeValue x = (CompositeValue) a;
      CompositeValue y = (CompositeValue) b;
      int byType = x.type().compareTo(y.type());
      return byType != 0 ? byType : Comparisons.compareStrings(x.value(), y.value());
    }
    Integer order = Comparisons.order(a, b);
    return order == null ? 0 : order;
  }
}
