package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.store.AdditionalInfoRecord;
import io.github.receiptbridge.sandbox.internal.onec.store.AdditionalInfoTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The additional-information records in key order; {@code Объект eq cast(guid'…','X')} terms (OR-ed, as clients
 * read many documents at once) look the objects' records up directly. A bare {@code guid'…'} names no typed
 * object, so it finds nothing.
 */
public final class AdditionalInfoSource implements EntitySource {
  private final AdditionalInfoTable table;

  /** A source over {@code table}. */
  public AdditionalInfoSource(AdditionalInfoTable table) {
    this.table = table;
  }

  @Override
  public Candidates candidates(FilterExpr filter) {
    Optional<Set<Object>> objects = filter == null ? Optional.empty() : FilterHints.equalTo(filter, OnecNames.OBJECT);
    if (objects.isEmpty()) {
      return new Candidates(table.all(), filter == null);
    }
    List<AdditionalInfoRecord.Key> keys = new ArrayList<>();
    for (Object object : objects.get()) {
      if (object instanceof Reference) {
        Reference reference = (Reference) object;
        keys.add(new AdditionalInfoRecord.Key(reference.key(), reference.type(), null));
      }
    }
    return new Candidates(table.ofObjects(keys), false);
  }

  @Override
  public EntityTypeDef type() {
    return BpSchema.ADDITIONAL_INFO;
  }
}
