package io.github.receiptbridge.sandbox.internal.onec.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The bank receipts, kept sorted by {@code Date, Number} (then {@code Ref_Key}) as a whole and per organization,
 * so that a page of one organization's period is found by binary search and never re-sorted. Reads use an
 * immutable snapshot of arrays and take no lock; writes are serialized and copy the arrays they change, with bulk
 * inserts merged in one pass.
 */
public final class BankReceiptTable {
  /** The natural order: date, number, key. */
  public static final Comparator<BankReceiptEntity> ORDER = Comparator
      .comparingLong(BankReceiptEntity::dateSeconds)
      .thenComparing(BankReceiptEntity::number)
      .thenComparing(BankReceiptEntity::key);

  private static final BankReceiptEntity[] NONE = new BankReceiptEntity[0];

  private record Snapshot(BankReceiptEntity[] all, Map<UUID, BankReceiptEntity[]> byOrganization) {
  }

  private final Map<UUID, BankReceiptEntity> byKey = new ConcurrentHashMap<>();
  private volatile Snapshot snapshot = new Snapshot(NONE, Map.of());

  /** Number of documents. */
  public int size() {
    return snapshot.all().length;
  }

  /** The document with this {@code Ref_Key}. */
  public Optional<BankReceiptEntity> get(UUID key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The documents in natural order, optionally narrowed to one organization and a date range, as an unmodifiable
   * view of the current snapshot.
   *
   * @param organization     the organization, or {@code null} for all
   * @param fromSeconds      first date (inclusive, seconds of the local date-time at UTC), or {@code Long.MIN_VALUE}
   * @param untilSeconds     end date (exclusive), or {@code Long.MAX_VALUE}
   */
  public List<BankReceiptEntity> inOrder(@Nullable UUID organization, long fromSeconds, long untilSeconds) {
    Snapshot current = snapshot;
    BankReceiptEntity[] array = organization == null ? current.all()
        : current.byOrganization().getOrDefault(organization, NONE);
    int from = fromSeconds == Long.MIN_VALUE ? 0 : lowerBound(array, fromSeconds);
    int until = untilSeconds == Long.MAX_VALUE ? array.length : lowerBound(array, untilSeconds);
    return from >= until ? List.of() : Arrays.asList(array).subList(from, until);
  }

  /** The keys of all documents in natural order. */
  public List<UUID> keysInOrder() {
    BankReceiptEntity[] all = snapshot.all();
    List<UUID> keys = new ArrayList<>(all.length);
    for (BankReceiptEntity entity : all) {
      keys.add(entity.key());
    }
    return keys;
  }

  /**
   * Adds documents, merging them into the sorted arrays in one pass.
   *
   * @throws IllegalArgumentException when a key exists already (nothing is added then)
   */
  public synchronized void addAll(Collection<BankReceiptEntity> entities) {
    BankReceiptEntity[] batch = entities.toArray(NONE);
    Map<UUID, BankReceiptEntity> seen = new HashMap<>();
    for (BankReceiptEntity entity : batch) {
      if (byKey.containsKey(entity.key()) || seen.put(entity.key(), entity) != null) {
        throw new IllegalArgumentException("a bank receipt with key " + entity.key() + " exists");
      }
    }
    Arrays.sort(batch, ORDER);
    Snapshot current = snapshot;
    Map<UUID, List<BankReceiptEntity>> batchByOrganization = new HashMap<>();
    for (BankReceiptEntity entity : batch) {
      batchByOrganization.computeIfAbsent(entity.organization(), k -> new ArrayList<>()).add(entity);
    }
    Map<UUID, BankReceiptEntity[]> organizations = new HashMap<>(current.byOrganization());
    for (Map.Entry<UUID, List<BankReceiptEntity>> part : batchByOrganization.entrySet()) {
      organizations.put(part.getKey(), merge(organizations.getOrDefault(part.getKey(), NONE),
          part.getValue().toArray(NONE)));
    }
    byKey.putAll(seen);
    snapshot = new Snapshot(merge(current.all(), batch), Map.copyOf(organizations));
  }

  /** Replaces a document by the result of {@code change}, re-sorting it; empty when there is none. */
  public synchronized Optional<BankReceiptEntity> update(UUID key, UnaryOperator<BankReceiptEntity> change) {
    BankReceiptEntity old = byKey.get(key);
    if (old == null) {
      return Optional.empty();
    }
    BankReceiptEntity changed = change.apply(old);
    removeFromSnapshot(old);
    byKey.remove(key);
    addAll(List.of(changed));
    return Optional.of(changed);
  }

  /** Removes a document physically; false when there is none. */
  public synchronized boolean remove(UUID key) {
    BankReceiptEntity old = byKey.remove(key);
    if (old == null) {
      return false;
    }
    removeFromSnapshot(old);
    return true;
  }

  private void removeFromSnapshot(BankReceiptEntity old) {
    Snapshot current = snapshot;
    Map<UUID, BankReceiptEntity[]> organizations = new HashMap<>(current.byOrganization());
    BankReceiptEntity[] ofOrganization = without(organizations.get(old.organization()), old);
    if (ofOrganization.length == 0) {
      organizations.remove(old.organization());
    } else {
      organizations.put(old.organization(), ofOrganization);
    }
    snapshot = new Snapshot(without(current.all(), old), Map.copyOf(organizations));
  }

  private static BankReceiptEntity[] without(BankReceiptEntity[] array, BankReceiptEntity entity) {
    int index = Arrays.binarySearch(array, entity, ORDER);
    if (index < 0 || array[index] != entity) {
      throw new IllegalStateException("index out of step for " + entity);
    }
    BankReceiptEntity[] result = new BankReceiptEntity[array.length - 1];
    System.arraycopy(array, 0, result, 0, index);
    System.arraycopy(array, index + 1, result, index, array.length - index - 1);
    return result;
  }

  private static BankReceiptEntity[] merge(BankReceiptEntity[] left, BankReceiptEntity[] right) {
    BankReceiptEntity[] result = new BankReceiptEntity[left.length + right.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < left.length && j < right.length) {
      result[k++] = ORDER.compare(left[i], right[j]) <= 0 ? left[i++] : right[j++];
    }
    while (i < left.length) {
      result[k++] = left[i++];
    }
    while (j < right.length) {
      result[k++] = right[j++];
    }
    return result;
  }

  private static int lowerBound(BankReceiptEntity[] array, long seconds) {
    int low = 0;
    int high = array.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (array[middle].dateSeconds() < seconds) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
