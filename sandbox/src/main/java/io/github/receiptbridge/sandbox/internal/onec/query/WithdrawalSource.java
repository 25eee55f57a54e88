package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.store.CatalogTable;
import io.github.receiptbridge.sandbox.internal.onec.store.MapEntity;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The bank withdrawals: a few a month, held in creation order and sorted by {@code Date, Number, Ref_Key} on each
 * read, so that {@code $orderby=Date,Number} pages are stable like those of the bank receipts. The filter is
 * always applied by the executor.
 */
public final class WithdrawalSource implements EntitySource {
  private static final List<String> NATURAL_ORDER = List.of(OnecNames.DATE, OnecNames.NUMBER, OnecNames.REF_KEY);
  private static final Comparator<MapEntity> ORDER = Comparator
      .comparing((MapEntity entity) -> (LocalDateTime) entity.get(OnecNames.DATE))
      .thenComparing(entity -> (String) entity.get(OnecNames.NUMBER))
      .thenComparing(entity -> (UUID) entity.get(OnecNames.REF_KEY));

  private final CatalogTable table;

  /** A source over {@code table}. */
  public WithdrawalSource(CatalogTable table) {
    this.table = table;
  }

  @Override
  public Candidates candidates(FilterExpr filter) {
    List<MapEntity> sorted = new ArrayList<>(table.all());
    sorted.sort(ORDER);
    return new Candidates(sorted, filter == null);
  }

  @Override
  public EntityTypeDef type() {
    return table.type();
  }

  @Override
  public List<String> naturalOrder() {
    return NATURAL_ORDER;
  }
}
