package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.store.CatalogTable;

/** A catalog or chart: all items in creation order (catalogs are small, so no index is needed). */
public final class CatalogSource implements EntitySource {
  private final CatalogTable table;

  /** A source over {@code table}. */
  public CatalogSource(CatalogTable table) {
    this.table = table;
  }

  @Override
  public Candidates candidates(FilterExpr filter) {
    return new Candidates(table.all(), filter == null);
  }

  @Override
  public EntityTypeDef type() {
    return table.type();
  }
}
