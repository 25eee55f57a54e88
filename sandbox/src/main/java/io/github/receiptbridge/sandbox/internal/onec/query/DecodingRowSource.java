package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
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
 * The row set {@code Document_ПоступлениеНаРасчетныйСчет_РасшифровкаПлатежа}: the rows of every document, in
 * document order, then by line number; {@code Ref_Key eq guid'…'} terms look the owners up by key.
 */
public final class DecodingRowSource implements EntitySource {
  private final BankReceiptTable table;

  /** A source over the documents of {@code table}. */
  public DecodingRowSource(BankReceiptTable table) {
    this.table = table;
  }

  @Override
  public Candidates candidates(FilterExpr filter) {
    List<BankReceiptEntity> owners;
    Optional<Set<Object>> keys = filter == null ? Optional.empty() : FilterHints.equalTo(filter, OnecNames.REF_KEY);
    if (keys.isPresent()) {
      owners = new ArrayList<>();
      for (Object key : keys.get()) {
        if (key instanceof UUID) {
          table.get((UUID) key).ifPresent(owners::add);
        }
      }
      owners.sort(BankReceiptTable.ORDER);
    } else {
      owners = table.inOrder(null, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    List<Entity> rows = new ArrayList<>();
    for (BankReceiptEntity owner : owners) {
      rows.addAll(owner.decodingRows(BpSchema.BANK_RECEIPT_DECODING));
    }
    return new Candidates(rows, filter == null);
  }

  @Override
  public EntityTypeDef type() {
    return BpSchema.BANK_RECEIPT_DECODING;
  }
}
