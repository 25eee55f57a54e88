package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.internal.onec.store.AdditionalInfoRecord.Key;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The records of {@code InformationRegister_ДополнительныеСведения}, ordered by their key so that the records of
 * one object are one range. Every method is atomic (one lock), which makes "create unless the key exists" safe
 * under concurrent POSTs.
 */
public final class AdditionalInfoTable {
  private static final String LOWEST_TYPE = "";
  private static final String HIGHEST_TYPE = "\uffff";

  private final TreeMap<Key, AdditionalInfoRecord> records = new TreeMap<>();

  /**
   * Stores {@code record} unless its key exists.
   *
   * @return false when a record with the same key exists (it is left unchanged)
   */
  public synchronized boolean insert(AdditionalInfoRecord record) {
    return records.putIfAbsent(record.key(), record) == null;
  }

  /** Stores {@code record}, replacing any record with the same key. */
  public synchronized void put(AdditionalInfoRecord record) {
    records.put(record.key(), record);
  }

  /** The record with this key. */
  public synchronized Optional<AdditionalInfoRecord> get(Key key) {
    return Optional.ofNullable(records.get(key));
  }

  /** Replaces the value of an existing record; empty when there is none. */
  public synchronized Optional<AdditionalInfoRecord> update(Key key, String value, String valueType) {
    AdditionalInfoRecord old = records.get(key);
    if (old == null) {
      return Optional.empty();
    }
    AdditionalInfoRecord changed = old.withValue(value, valueType);
    records.put(key, changed);
    return Optional.of(changed);
  }

  /** Removes a record; false when there is none. */
  public synchronized boolean remove(Key key) {
    return records.remove(key) != null;
  }

  /** Removes every record. */
  public synchronized void clear() {
    records.clear();
  }

  /** Number of records. */
  public synchronized int size() {
    return records.size();
  }

  /** A copy of all records in key order. */
  public synchronized List<AdditionalInfoRecord> all() {
    return new ArrayList<>(records.values());
  }

  /** The records of one object of any type, in key order. */
  public synchronized List<AdditionalInfoRecord> ofObject(UUID object) {
    return new ArrayList<>(records.subMap(new Key(object, LOWEST_TYPE, Key.MIN), true,
        new Key(object, HIGHEST_TYPE, Key.MAX), true).values());
  }

  /**
   * The records of the given objects, in key order.
   *
   * @param objects owner references as {@code (key, type)}; a type without namespace matches nothing
   */
  public synchronized List<AdditionalInfoRecord> ofObjects(Collection<Key> objects) {
    TreeMap<Key, AdditionalInfoRecord> found = new TreeMap<>();
    for (Key object : objects) {
      NavigableMap<Key, AdditionalInfoRecord> range = records.subMap(
          new Key(object.object(), object.objectType(), Key.MIN), true,
          new Key(object.object(), object.objectType(), Key.MAX), true);
      found.putAll(range);
    }
    return new ArrayList<>(found.values());
  }
}
