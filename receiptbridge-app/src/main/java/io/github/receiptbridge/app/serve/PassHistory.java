package io.github.receiptbridge.app.serve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The last passes of every organization, newest first, bounded so a long-running service keeps constant memory: at
 * most {@code capacity} passes, and the full reports (one record per document, large for a big month) of only the
 * newest {@code reportsKept}; older passes keep their summary.
 */
final class PassHistory {
  private final int capacity;
  private final int reportsKept;
  private final Deque<LivePass> passes = new ArrayDeque<>();

  /** A history of at most {@code capacity} passes, {@code reportsKept} of them with reports; running ones stay. */
  PassHistory(int capacity, int reportsKept) {
    if (capacity < 1 || reportsKept < 1 || reportsKept > capacity) {
      throw new IllegalArgumentException("capacity and reportsKept must be positive, reportsKept at most capacity, "
          + "were " + capacity + ", " + reportsKept);
    }
    this.capacity = capacity;
    this.reportsKept = reportsKept;
  }

  /** Adds {@code pass} as the newest, dropping the oldest finished ones beyond the capacity and old reports. */
  synchronized void add(LivePass pass) {
    passes.addFirst(pass);
    Iterator<LivePass> oldestFirst = passes.descendingIterator();
    while (passes.size() > capacity && oldestFirst.hasNext()) {
      if (oldestFirst.next().state() != PassState.RUNNING) {
        oldestFirst.remove();
      }
    }
    int withReport = 0;
    for (LivePass kept : passes) {
      if (kept.state() != PassState.RUNNING && ++withReport > reportsKept) {
        kept.dropReport();
      }
    }
  }

  /** The pass {@code id}, while kept. */
  synchronized Optional<LivePass> find(long id) {
    return passes.stream().filter(pass -> pass.id() == id).findFirst();
  }

  /** The newest {@code limit} passes. */
  synchronized List<PassRecord> newest(int limit) {
    List<PassRecord> records = new ArrayList<>();
    for (LivePass pass : passes) {
      if (records.size() >= limit) {
        break;
      }
      records.add(pass.snapshot());
    }
    return records;
  }

  /** The newest pass of {@code organizationKey} that ran to an end (finished or failed), if any. */
  synchronized Optional<PassRecord> lastCompleted(String organizationKey) {
    return passes.stream()
        .filter(pass -> pass.organizationKey().equals(organizationKey))
        .filter(pass -> pass.state() == PassState.FINISHED || pass.state() == PassState.FAILED)
        .findFirst().map(LivePass::snapshot);
  }

  /** How many passes are kept. */
  synchronized int size() {
    return passes.size();
  }
}
