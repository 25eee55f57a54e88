package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.RefundRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What is known of a period's documents beyond their rows in 1C: the last audit's mismatches and the payments a
 * refund of the period returns. The table marks and filters rows by them ({@link RowMark}).
 *
 * @param mismatches the audit's outcome of each mismatched document, by document key
 * @param refunded the keys of the payments a refund of the period returns
 */
public record RowFacts(Map<UUID, DocumentOutcome> mismatches, Set<UUID> refunded) {
  /** Copies the collections. */
  public RowFacts {
    mismatches = Map.copyOf(mismatches);
    refunded = Set.copyOf(refunded);
  }

  /** Nothing known: no audit ran, no refunds. */
  public static RowFacts none() {
    return new RowFacts(Map.of(), Set.of());
  }

  /** The facts of an organization's last audit {@code findings} and its period's {@code refunds}. */
  public static RowFacts of(AuditFindings findings, List<RefundRow> refunds) {
    return new RowFacts(findings.mismatches(), refunds.stream().map(RefundRow::paymentKey).flatMap(Optional::stream)
        .collect(Collectors.toUnmodifiableSet()));
  }

  /** The audit's outcome of document {@code key}, when the audit found it mismatched. */
  public Optional<DocumentOutcome> mismatch(UUID key) {
    return Optional.ofNullable(mismatches.get(key));
  }
}
