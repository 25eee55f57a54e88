package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.DateRange;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The last «Заполнить» read of one organization per period, kept until a pass of the organization runs. A read that
 * overlapped a pass is returned but not kept, so the cache never holds rows older than the last pass.
 */
final class FillCache {
  private final Map<DateRange, List<FillRow>> rows = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /** The cached rows of {@code period}, or {@code read}'s, kept unless the cache was cleared meanwhile. */
  List<FillRow> get(DateRange period, Supplier<List<FillRow>> read) {
    List<FillRow> cached = rows.get(period);
    if (cached != null) {
      return cached;
    }
    long before = generation.get();
    List<FillRow> fresh = List.copyOf(read.get());
    synchronized (this) {
      if (generation.get() == before) {
        rows.put(period, fresh);
      }
    }
    return fresh;
  }

  /** Forgets every read: a pass changes what 1C holds. */
  synchronized void clear() {
    generation.incrementAndGet();
    rows.clear();
  }
}
