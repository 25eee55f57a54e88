package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.OnecSandbox;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Measurement (not a test): the heap a sandbox needs for 100,000 documents of one organization, and how long
 * generating them takes. Heap is measured as used memory after repeated full GCs, before and after generation.
 * Run with a small heap to prove the bound, e.g. {@code -Xmx200m}. Usage: {@code OnecSandboxFootprint [count]}.
 */
public final class OnecSandboxFootprint {
  private OnecSandboxFootprint() {
  }

  /**
   * Runs the measurement.
   *
   * @param args optional document count
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    try (OnecSandbox sandbox = OnecSandbox.start()) {
      UUID org = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
      long before = usedHeap();
      long start = System.nanoTime();
      sandbox.data().generateBankReceipts(org, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), count, 7);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long after = usedHeap();
      System.out.printf("documents=%d generateMs=%d heapMb=%.1f (max %d MB)%n", sandbox.data().bankReceiptKeys()
          .size(), millis, (after - before) / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
