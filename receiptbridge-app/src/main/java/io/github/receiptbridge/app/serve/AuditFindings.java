package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.DocumentOutcome;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the last audit of an organization found, kept until the next audit (and across restarts): the documents whose
 * receipt does not match 1C, by document key, each with its outcome ({@link io.github.receiptbridge.core.Action#MISMATCH}
 * and its reason).
 *
 * @param passId the audit pass, empty when no audit ran yet
 * @param auditedAt when that audit finished, empty when no audit ran yet
 * @param mismatches the mismatched documents by their key in 1C
 */
public record AuditFindings(Optional<Long> passId, Optional<Instant> auditedAt, Map<UUID, DocumentOutcome> mismatches) {
  /** No audit yet. */
  public static AuditFindings none() {
    return new AuditFindings(Optional.empty(), Optional.empty(), Map.of());
  }

  public AuditFindings {
    mismatches = Map.copyOf(mismatches);
  }
}
