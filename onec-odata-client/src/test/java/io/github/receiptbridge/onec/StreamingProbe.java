package io.github.receiptbridge.onec;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Streams a period's bank receipts and prints how many it read and the heap it used; run in a child JVM with a
 * small {@code -Xmx} by {@link OnecSandboxEndToEndTest} to prove the client never holds a whole period.
 *
 * <p>Arguments: service root, user, password, organization key, first day, last day.
 */
public final class StreamingProbe {
  private StreamingProbe() {}

  public static void main(String[] args) {
    long count;
    try (OnecClient client = OnecClient.builder().serviceRoot(args[0]).user(args[1]).password(args[2])
        .serverZone(ZoneId.of("Europe/Moscow")).build();
        Stream<?> receipts = client.bankReceipts(UUID.fromString(args[3]), LocalDate.parse(args[4]),
            LocalDate.parse(args[5]))) {
      count = receipts.count();
    }
    Runtime runtime = Runtime.getRuntime();
    System.out.println("count=" + count + " maxHeapMb=" + runtime.maxMemory() / (1024 * 1024));
  }
}
