package io.github.receiptbridge.sandbox.internal.schetmash.store;

import io.github.receiptbridge.sandbox.internal.schetmash.model.Operation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The {@code processing} table: sequential ids global across shops, a unique (external_id, shop) key, and
 * the two lookups the API uses. External ids are compared exactly by default; with MySQL-like matching
 * they compare case-insensitively and ignore trailing spaces, as the server's utf8 collation would.
 */
public final class ReceiptStore {
  private final boolean mysqlLikeExternalIds;
  private final AtomicLong lastId = new AtomicLong();
  private final Map<Long, StoredReceipt> byId = new ConcurrentHashMap<>();
  private final Map<String, ConcurrentSkipListMap<Long, StoredReceipt>> byExternalId = new ConcurrentHashMap<>();
  private final Map<Long, Object> shopLocks = new ConcurrentHashMap<>();

  /** @param mysqlLikeExternalIds compare external ids case- and trailing-space-insensitively */
  public ReceiptStore(boolean mysqlLikeExternalIds) {
    this.mysqlLikeExternalIds = mysqlLikeExternalIds;
  }

  /** The monitor that serializes registrations of one shop (lookup, validation and insert). */
  public Object lockFor(long shopId) {
    return shopLocks.computeIfAbsent(shopId, id -> new Object());
  }

  /** The idempotency lookup: the receipt with this external id in this shop. */
  public Optional<StoredReceipt> find(long shopId, String externalId) {
    Map<Long, StoredReceipt> sameKey = byExternalId.get(key(externalId));
    return sameKey == null ? Optional.empty() : Optional.ofNullable(sameKey.get(shopId));
  }

  /**
   * The report lookup by external id, across all shops. When several shops share the id, the one with
   * the lowest shop id wins: the unique (external_id, shop_id) index returns rows in that order.
   */
  public Optional<StoredReceipt> findInAnyShop(String externalId) {
    ConcurrentSkipListMap<Long, StoredReceipt> sameKey = byExternalId.get(key(externalId));
    if (sameKey == null) {
      return Optional.empty();
    }
    Map.Entry<Long, StoredReceipt> first = sameKey.firstEntry();
    return first == null ? Optional.empty() : Optional.of(first.getValue());
  }

  /** Lookup by primary key. */
  public Optional<StoredReceipt> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Inserts a new row; the caller holds {@link #lockFor(long)} and has checked the unique key. */
  public StoredReceipt insert(long shopId, Operation operation, String externalId, String requestBody,
      @Nullable String callbackUrl, BigDecimal sum) {
    StoredReceipt receipt = new StoredReceipt(lastId.incrementAndGet(), shopId, operation, externalId,
        requestBody, callbackUrl, sum);
    byId.put(receipt.id(), receipt);
    byExternalId.computeIfAbsent(key(externalId), k -> new ConcurrentSkipListMap<>()).put(shopId, receipt);
    return receipt;
  }

  /** All rows in id order. */
  public List<StoredReceipt> all() {
    List<StoredReceipt> rows = new ArrayList<>(byId.values());
    rows.sort(Comparator.comparingLong(StoredReceipt::id));
    return rows;
  }

  private String key(String externalId) {
    if (!mysqlLikeExternalIds) {
      return externalId;
    }
    int end = externalId.length();
    while (end > 0 && externalId.charAt(end - 1) == ' ') {
      end--;
    }
    return externalId.substring(0, end).toLowerCase(Locale.ROOT);
  }
}
