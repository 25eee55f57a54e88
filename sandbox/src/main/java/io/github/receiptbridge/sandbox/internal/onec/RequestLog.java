package io.github.receiptbridge.sandbox.internal.onec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The last requests served, as decoded {@code METHOD /path?query} lines, bounded. Thread-safe. */
final class RequestLog {
  /** How many lines are kept. */
  public static final int CAPACITY = 10_000;

  private final ArrayDeque<String> lines = new ArrayDeque<>();
  private int total;

  /** Records a line, dropping the oldest beyond {@link #CAPACITY}. */
  public synchronized void add(String line) {
    if (lines.size() == CAPACITY) {
      lines.removeFirst();
    }
    lines.addLast(line);
    total++;
  }

  /** A copy of the kept lines, oldest first. */
  public synchronized List<String> lines() {
    return new ArrayList<>(lines);
  }

  /** Requests recorded since start, including those no longer kept. */
  public synchronized int total() {
    return total;
  }
}
