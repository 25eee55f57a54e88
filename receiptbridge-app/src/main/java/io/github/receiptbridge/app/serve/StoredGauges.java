package io.github.receiptbridge.app.serve;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an organization's gauges showed before a restart, read from the history, so {@code /metrics} does not start
 * at zero: each count from the newest pass that counted it.
 *
 * @param errors receipts in {@code error} as the newest status-checking pass counted them
 * @param mismatches the newest finished audit's mismatches
 * @param possibleDuplicates possible duplicates as the newest registering pass counted them
 * @param lastSuccess when each kind of pass last finished
 */
record StoredGauges(Optional<OptionalLong> errors, Optional<OptionalLong> mismatches,
    Optional<OptionalLong> possibleDuplicates, Map<PassKind, Instant> lastSuccess) {
  /** Nothing kept. */
  static final StoredGauges NONE = new StoredGauges(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

  /** Copies the map. */
  StoredGauges {
    lastSuccess = Map.copyOf(lastSuccess);
  }
}
