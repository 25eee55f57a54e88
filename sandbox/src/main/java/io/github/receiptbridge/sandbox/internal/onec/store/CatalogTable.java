package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The items of one catalog or chart, in creation order. Reads see an immutable snapshot and take no lock; writes
 * are serialized and copy the (small) list.
 */
public final class CatalogTable {
  private final EntityTypeDef type;
  private final Map<UUID, MapEntity> byKey = new ConcurrentHashMap<>();
  private volatile List<MapEntity> items = List.of();
  private int lastCode;

  /** An empty table of {@code type}. */
  public CatalogTable(EntityTypeDef type) {
    this.type = type;
  }

  /** The catalog's type. */
  public EntityTypeDef type() {
    return type;
  }

  /** All items in creation order (an immutable snapshot). */
  public List<MapEntity> all() {
    return items;
  }

  /** The item with this {@code Ref_Key}. */
  public Optional<MapEntity> get(UUID key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** Number of items. */
  public int size() {
    return items.size();
  }

  /**
   * Adds items; those whose key is already present are left out.
   *
   * @return how many were added
   */
  public synchronized int addAll(Collection<MapEntity> entities) {
    List<MapEntity> next = new ArrayList<>(items);
    int added = 0;
    for (MapEntity entity : entities) {
      if (byKey.putIfAbsent(entity.key(), entity) == null) {
        next.add(entity);
        added++;
      }
    }
    items = List.copyOf(next);
    return added;
  }

  /**
   * Adds one item.
   *
   * @throws IllegalArgumentException when its key exists
   */
  public synchronized void add(MapEntity entity) {
    if (addAll(List.of(entity)) == 0) {
      throw new IllegalArgumentException(type.name() + " already has " + entity.key());
    }
  }

  /** Replaces an item by the result of {@code change}, keeping its position; empty when there is none. */
  public synchronized Optional<MapEntity> update(UUID key, UnaryOperator<MapEntity> change) {
    MapEntity old = byKey.get(key);
    if (old == null) {
      return Optional.empty();
    }
    MapEntity changed = change.apply(old);
    List<MapEntity> next = new ArrayList<>(items);
    next.set(next.indexOf(old), changed);
    byKey.put(key, changed);
    items = List.copyOf(next);
    return Optional.of(changed);
  }

  /** Removes an item physically; false when there is none. */
  public synchronized boolean remove(UUID key) {
    MapEntity old = byKey.remove(key);
    if (old == null) {
      return false;
    }
    List<MapEntity> next = new ArrayList<>(items);
    next.remove(old);
    items = List.copyOf(next);
    return true;
  }

  /** The next automatic {@code Code}: {@code 00-} and a counter, filling {@code length} characters. */
  public synchronized String nextCode(int length) {
    lastCode++;
    String digits = Integer.toString(lastCode);
    int width = Math.max(digits.length(), length - 3);
    return "00-" + "0".repeat(width - digits.length()) + digits;
  }
}
