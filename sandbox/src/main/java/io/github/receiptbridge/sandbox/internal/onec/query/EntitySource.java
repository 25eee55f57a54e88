package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The entities of one entity set, as the executor reads them. */
public interface EntitySource {
  /**
   * The entities that may satisfy {@code filter}, in the set's natural order.
   *
   * @param filter the parsed filter, or {@code null}
   */
  Candidates candidates(@Nullable FilterExpr filter);

  /** The set's type. */
  EntityTypeDef type();

  /** The property names whose ascending order is the natural order; empty when it is creation order. */
  default List<String> naturalOrder() {
    return List.of();
  }

  /**
   * Candidate entities.
   *
   * @param entities the entities in natural order
   * @param exact    whether they are exactly the filter's matches, so it need not be applied
   */
  record Candidates(List<? extends Entity> entities, boolean exact) {
  }
}
