package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code $select}: {@code *} (or no option) is everything, {@code **} everything but tabular parts,
 * names select properties ({@code X} or {@code X_Type} a composite pair), {@code TP/column} columns of a tabular
 * part, {@code X____Presentation} a presentation field, {@code Nav} or {@code Nav/field} a navigation property and
 * what to show of it when expanded. Any other name is 400 / 6.
 */
public final class Selection {
  /** Everything, as without {@code $select}. */
  public static final Selection ALL = new Selection(true, true, false, Set.of(), Map.of(), Set.of(), Map.of());

  private static final String PRESENTATION = "____Presentation";

  private final boolean absent;
  private final boolean everything;
  private final boolean allButTabular;
  private final Set<String> properties;
  private final Map<String, Set<String>> columns;
  private final Set<String> presentations;
  private final Map<String, List<String>> navigations;

  private Selection(boolean absent, boolean everything, boolean allButTabular, Set<String> properties,
      Map<String, Set<String>> columns, Set<String> presentations, Map<String, List<String>> navigations) {
    this.absent = absent;
    this.everything = everything;
    this.allButTabular = allButTabular;
    this.properties = Set.copyOf(properties);
    this.columns = Map.copyOf(columns);
    this.presentations = Set.copyOf(presentations);
    this.navigations = Map.copyOf(navigations);
  }

  /**
   * Parses {@code $select} for {@code type}.
   *
   * @param text the option, or {@code null}
   * @throws ODataError 400 / 6 naming an unknown property
   */
  public static Selection parse(@Nullable String text, EntityTypeDef type) {
    if (text == null) {
      return ALL;
    }
    boolean everything = false;
    boolean allButTabular = false;
    Set<String> properties = new HashSet<>();
    Map<String, Set<String>> columns = new HashMap<>();
    Set<String> presentations = new HashSet<>();
    Map<String, List<String>> navigations = new HashMap<>();
    for (String raw : text.split(",", -1)) {
      String item = raw.trim();
      if ("*".equals(item)) {
        everything = true;
      } else if ("**".equals(item)) {
        allButTabular = true;
      } else if (item.endsWith(PRESENTATION)) {
        presentations.add(presentationBase(type, item));
      } else if (item.contains("/")) {
        subSelect(type, item, columns, navigations);
      } else {
        PropertyDef property = property(type, item);
        if (property != null && property.kind() == PropertyDef.Kind.TABULAR) {
          columns.put(property.name(), Set.of("*"));
        } else if (property != null) {
          properties.add(property.name());
        } else if (navigation(type, item) != null) {
          navigations.computeIfAbsent(item, name -> new ArrayList<>());
        } else {
          throw ODataError.pathSegmentNotFound(item);
        }
      }
    }
    return new Selection(false, everything, allButTabular && !everything, properties, columns, presentations,
        navigations);
  }

  /** Whether the property (or, for a tabular part, some of its columns) is selected. */
  public boolean includes(PropertyDef property) {
    if (everything) {
      return true;
    }
    if (property.kind() == PropertyDef.Kind.TABULAR) {
      return columns.containsKey(property.name());
    }
    return allButTabular || properties.contains(property.name());
  }

  /** Whether a column of a selected tabular part is selected. */
  public boolean includesColumn(PropertyDef tabular, String column) {
    if (everything) {
      return true;
    }
    Set<String> selected = columns.get(tabular.name());
    return selected != null && (selected.contains("*") || selected.contains(column));
  }

  /** Whether {@code X____Presentation} was asked for this property (composite name or reference navigation). */
  public boolean includesPresentation(String baseName) {
    return presentations.contains(baseName);
  }

  /**
   * What to show of an expanded navigation property: everything without {@code $select}, the {@code Nav/field}
   * items when there are some, everything when only {@code Nav} is named, and {@code null} when {@code $select}
   * leaves the navigation property out (1C then silently does not expand it).
   */
  public @Nullable Selection forNavigation(String navigation, EntityTypeDef target) {
    if (absent) {
      return ALL;
    }
    List<String> items = navigations.get(navigation);
    if (items == null) {
      return null;
    }
    return items.isEmpty() ? ALL : parse(String.join(",", items), target);
  }

  private static String presentationBase(EntityTypeDef type, String item) {
    String base = item.substring(0, item.length() - PRESENTATION.length());
    PropertyDef property = type.property(base);
    if (property != null && property.kind() == PropertyDef.Kind.COMPOSITE || navigation(type, base) != null) {
      return base;
    }
    throw ODataError.pathSegmentNotFound(item);
  }

  private static void subSelect(EntityTypeDef type, String item, Map<String, Set<String>> columns,
      Map<String, List<String>> navigations) {
    String[] segments = item.split("/", 2);
    PropertyDef first = type.property(segments[0]);
    if (first != null && first.kind() == PropertyDef.Kind.TABULAR) {
      PropertyDef column = "*".equals(segments[1]) ? null : property(first.rowType(), segments[1]);
      if (segments[1].contains("/") || !"*".equals(segments[1]) && column == null) {
        throw ODataError.pathSegmentNotFound(segments[1]);
      }
      Set<String> selected = new HashSet<>(columns.getOrDefault(first.name(), Set.of()));
      // TP/X_Type selects the composite pair X, X_Type, as X_Type does in the header
      selected.add(column == null ? segments[1] : column.name());
      columns.put(first.name(), selected);
      return;
    }
    PropertyDef reference = navigation(type, segments[0]);
    if (reference == null) {
      throw ODataError.pathSegmentNotFound(segments[0]);
    }
    EntityTypeDef target = BpSchema.entitySet(reference.target());
    if (target != null) {
      parse(segments[1], target);
    }
    navigations.computeIfAbsent(segments[0], name -> new ArrayList<>()).add(segments[1]);
  }

  private static PropertyDef property(EntityTypeDef type, String name) {
    PropertyDef property = type.property(name);
    if (property == null && name.endsWith("_Type")) {
      PropertyDef composite = type.property(name.substring(0, name.length() - "_Type".length()));
      return composite != null && composite.kind() == PropertyDef.Kind.COMPOSITE ? composite : null;
    }
    return property;
  }

  /** The reference property whose navigation property is {@code name}, or {@code null}. */
  static @Nullable PropertyDef navigation(EntityTypeDef type, String name) {
    for (PropertyDef property : type.properties()) {
      if (property.kind() == PropertyDef.Kind.REFERENCE && name.equals(property.navigationName())) {
        return property;
      }
    }
    return null;
  }
}
