package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code $expand} of navigation properties ({@code Организация}, {@code Организация/ГоловнаяОрганизация},
 * {@code *}) towards published sets. As on a live base, a navigation property that {@code $select} leaves out is
 * silently not expanded. Expanding a composite field is not simulated.
 */
public final class Expansion {
  /** Nothing to expand. */
  public static final Expansion NONE = new Expansion(List.of());

  /**
   * One expanded navigation property.
   *
   * @param reference the {@code X_Key} property
   * @param target    the referenced set's type
   * @param selection what to show of the referenced object
   * @param nested    expansions inside it
   */
  public record Item(PropertyDef reference, EntityTypeDef target, Selection selection, Expansion nested) {
  }

  private final List<Item> items;

  private Expansion(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /**
   * Parses {@code $expand} for {@code type}.
   *
   * @param text      the option, or {@code null}
   * @param selection the parsed {@code $select} of the same level
   * @throws ODataError 400 / 6 naming a segment that is not a navigation property to a published set
   */
  public static Expansion parse(@Nullable String text, EntityTypeDef type, Selection selection, Navigator navigator) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    Map<String, List<String>> paths = new LinkedHashMap<>();
    for (String raw : text.split(",", -1)) {
      String[] segments = raw.trim().split("/", 2);
      if ("*".equals(segments[0])) {
        for (PropertyDef property : type.properties()) {
          if (isExpandable(property, navigator)) {
            paths.computeIfAbsent(property.navigationName(), name -> new ArrayList<>());
          }
        }
        continue;
      }
      List<String> rest = paths.computeIfAbsent(segments[0], name -> new ArrayList<>());
      if (segments.length > 1) {
        rest.add(segments[1]);
      }
    }
    List<Item> items = new ArrayList<>();
    for (Map.Entry<String, List<String>> path : paths.entrySet()) {
      PropertyDef reference = Selection.navigation(type, path.getKey());
      if (reference == null || !isExpandable(reference, navigator)) {
        throw ODataError.pathSegmentNotFound(path.getKey());
      }
      EntityTypeDef target = BpSchema.entitySet(reference.target());
      Selection inner = selection.forNavigation(path.getKey(), target);
      Expansion nested = parse(path.getValue().isEmpty() ? null : String.join(",", path.getValue()), target,
          inner == null ? Selection.ALL : inner, navigator);
      if (inner != null) {
        items.add(new Item(reference, target, inner, nested));
      }
    }
    return new Expansion(items);
  }

  /** The expanded navigation properties. */
  public List<Item> items() {
    return items;
  }

  private static boolean isExpandable(PropertyDef property, Navigator navigator) {
    return property.kind() == PropertyDef.Kind.REFERENCE && BpSchema.entitySet(property.target()) != null
        && navigator.isPublished(property.target());
  }
}
