package io.github.receiptbridge.app.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The organizations the service serves, by key, in configuration order. Immutable, so thread-safe. */
final class Organizations {
  private final Map<String, OrganizationUnit> byKey = new LinkedHashMap<>();

  /** The organizations {@code units}, whose keys are distinct. */
  Organizations(List<OrganizationUnit> units) {
    for (OrganizationUnit unit : units) {
      if (byKey.putIfAbsent(unit.key(), unit) != null) {
        throw new IllegalArgumentException("organization " + unit.key() + " is given twice");
      }
    }
  }

  /**
   * The organization {@code key}.
   *
   * @throws UnknownOrganizationException when it is not configured
   */
  OrganizationUnit get(String key) {
    OrganizationUnit unit = byKey.get(key);
    if (unit == null) {
      throw new UnknownOrganizationException(key);
    }
    return unit;
  }

  /** Every organization, in configuration order. */
  List<OrganizationUnit> all() {
    return List.copyOf(byKey.values());
  }

  /** Their keys, in configuration order. */
  List<String> keys() {
    return List.copyOf(byKey.keySet());
  }

  /** Each as the console shows it. */
  List<OrganizationView> views() {
    return byKey.values().stream().map(OrganizationUnit::view).toList();
  }
}
