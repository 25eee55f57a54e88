package io.github.receiptbridge.sandbox.internal.schetmash.store;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The shops the sandbox knows and whether each has an enabled, fiscalized cash register. */
public final class ShopDirectory {
  private static final BigInteger MAX_ID = BigInteger.valueOf(Long.MAX_VALUE);

  private final Map<Long, Boolean> activeKktByShop = new ConcurrentHashMap<>();

  /** @param activeKktByShop shop id → has an active cash register */
  public ShopDirectory(Map<Long, Boolean> activeKktByShop) {
    this.activeKktByShop.putAll(activeKktByShop);
  }

  /**
   * Finds a shop by the digits from the path. MySQL compares the id numerically, so leading zeros still
   * match; numbers beyond 64 bits match nothing.
   */
  public Optional<Long> find(String digits) {
    Long id = parseId(digits);
    return id != null && activeKktByShop.containsKey(id) ? Optional.of(id) : Optional.empty();
  }

  /** Whether the shop has an enabled and fiscalized cash register. */
  public boolean hasActiveKkt(long shopId) {
    return Boolean.TRUE.equals(activeKktByShop.get(shopId));
  }

  /** Adds a shop or changes its cash register flag. */
  public void put(long shopId, boolean activeKkt) {
    activeKktByShop.put(shopId, activeKkt);
  }

  /** Parses a {@code \d+} placeholder as MySQL would compare it to an integer column; null if too big. */
  public static Long parseId(String digits) {
    BigInteger value = new BigInteger(digits);
    return value.compareTo(MAX_ID) > 0 ? null : value.longValue();
  }
}
