package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.store.BankReceiptEntity;
import io.github.receiptbridge.sandbox.internal.onec.store.BankReceiptTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The bank receipts, narrowed by the indexes the table keeps: {@code Ref_Key eq …} terms look documents up by key;
 * {@code Организация_Key eq guid'…'} and {@code Date} bounds in the top-level {@code and} select a range of the
 * pre-sorted arrays. When those terms are the whole filter, the range is the answer and paging is a sub-list.
 */
public final class BankReceiptSource implements EntitySource {
  private static final String ORGANIZATION = "Организация_Key";
  private static final List<String> NATURAL_ORDER = List.of(OnecNames.DATE, OnecNames.NUMBER, OnecNames.REF_KEY);

  private final BankReceiptTable table;

  /** A source over {@code table}. */
  public BankReceiptSource(BankReceiptTable table) {
    this.table = table;
  }

  @Override
  public Candidates candidates(FilterExpr filter) {
    if (filter == null) {
      return new Candidates(table.inOrder(null, Long.MIN_VALUE, Long.MAX_VALUE), true);
    }
    Optional<Set<Object>> keys = FilterHints.equalTo(filter, OnecNames.REF_KEY);
    if (keys.isPresent()) {
      List<BankReceiptEntity> found = new ArrayList<>();
      for (Object key : keys.get()) {
        UUID uuid = key instanceof Reference ? ((Reference) key).key() : key instanceof UUID ? (UUID) key : null;
        if (uuid != null) {
          table.get(uuid).ifPresent(found::add);
        }
      }
      found.sort(BankReceiptTable.ORDER);
      return new Candidates(found, false);
    }
    UUID organization = null;
    long from = Long.MIN_VALUE;
    long until = Long.MAX_VALUE;
    boolean exact = true;
    for (FilterExpr term : FilterHints.conjuncts(filter)) {
      Object value = FilterHints.equalityLiteral(term, ORGANIZATION);
      long[] range = FilterHints.dateRange(term, OnecNames.DATE);
      if (value instanceof UUID && organization == null) {
        organization = (UUID) value;
      } else if (range != null) {
        from = Math.max(from, range[0]);
        until = Math.min(until, range[1]);
      } else {
        exact = false;
      }
    }
    return new Candidates(table.inOrder(organization, from, until), exact);
  }

  @Override
  public EntityTypeDef type() {
    return BpSchema.BANK_RECEIPTS;
  }

  @Override
  public List<String> naturalOrder() {
    return NATURAL_ORDER;
  }
}
