package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The OData composition ({@code УстановитьСоставСтандартногоИнтерфейсаOData}): which simulated sets are published.
 * All are by default. A tabular-part row set is published only with its owner. References to objects of
 * unpublished types are typed {@code UnavailableEntities.UnavailableEntity_<id>}. Thread-safe.
 */
public final class Composition {
  private final Set<String> unpublished = ConcurrentHashMap.newKeySet();

  /** Whether {@code entitySet} is published; false for names that are not simulated. */
  public boolean isPublished(String entitySet) {
    EntityTypeDef type = BpSchema.entitySet(entitySet);
    if (type == null || unpublished.contains(entitySet)) {
      return false;
    }
    return type.owner() == null || isPublished(type.owner());
  }

  /** Removes a set from the composition. */
  public void unpublish(String entitySet) {
    unpublished.add(requireSimulated(entitySet));
  }

  /** Puts a set back into the composition. */
  public void publish(String entitySet) {
    unpublished.remove(requireSimulated(entitySet));
  }

  /** The published sets in service-document order. */
  public List<EntityTypeDef> published() {
    return BpSchema.ENTITY_SETS.stream().filter(type -> isPublished(type.name())).collect(Collectors.toList());
  }

  /**
   * The {@code _Type} to send for a stored type: unchanged when published (or {@code Edm.*}, Undefined), else
   * {@code UnavailableEntities.UnavailableEntity_<metadata id>}.
   */
  public String wireType(String storedType) {
    if (!storedType.startsWith(OnecNames.NAMESPACE) || OnecNames.UNDEFINED_TYPE.equals(storedType)) {
      return storedType;
    }
    String set = storedType.substring(OnecNames.NAMESPACE.length());
    return isPublished(set) ? storedType
        : OnecNames.UNAVAILABLE_ENTITY_PREFIX + BpKeys.metadataObject(set);
  }

  private static String requireSimulated(String entitySet) {
    if (BpSchema.entitySet(entitySet) == null) {
      throw new IllegalArgumentException("not a simulated entity set: " + entitySet + "; known: "
          + BpSchema.ENTITY_SETS.stream().map(EntityTypeDef::name).collect(Collectors.joining(", ")));
    }
    return entitySet;
  }
}
