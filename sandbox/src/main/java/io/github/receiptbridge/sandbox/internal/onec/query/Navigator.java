package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import java.util.Optional;
import java.util.UUID;

/** Follows references during query evaluation ({@code Организация/ИНН}, presentations). */
public interface Navigator {
  /** The object with {@code key} in {@code entitySet}, if it exists. */
  Optional<Entity> find(String entitySet, UUID key);

  /** Whether {@code entitySet} is in the composition. */
  boolean isPublished(String entitySet);
}
