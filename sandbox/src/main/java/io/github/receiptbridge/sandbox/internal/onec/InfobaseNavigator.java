package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.query.Navigator;
import io.github.receiptbridge.sandbox.internal.onec.store.Infobase;
import java.util.Optional;
import java.util.UUID;

/** Follows references into the infobase's tables. */
final class InfobaseNavigator implements Navigator {
  private final Infobase infobase;

  InfobaseNavigator(Infobase infobase) {
    this.infobase = infobase;
  }

  @Override
  public Optional<Entity> find(String entitySet, UUID key) {
    return infobase.find(entitySet, key);
  }

  @Override
  public boolean isPublished(String entitySet) {
    return infobase.composition().isPublished(entitySet);
  }
}
