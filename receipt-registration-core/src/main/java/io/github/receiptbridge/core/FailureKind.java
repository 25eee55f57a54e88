package io.github.receiptbridge.core;

/**
 * Why a document {@link Action#FAILED} or ended {@link Action#UNKNOWN}, in broad kinds: enough for a service to tell an
 * outage of the ledger or the fiscal service from a problem of one document.
 *
 * @since 0.1.0
 */
public enum FailureKind {
  /** The ledger could not be reached (connection refused, timeout). */
  LEDGER_UNREACHABLE,
  /** The ledger answered but refused: credentials, rights, publication, setup. */
  LEDGER_REFUSED,
  /** The fiscal service could not be reached, or its answer was lost. */
  FISCAL_SERVICE_UNREACHABLE,
  /** The fiscal service answered but refused the credentials, the shop or the cash register. */
  FISCAL_SERVICE_REFUSED,
  /** The fiscal service rejected this receipt (its content). */
  RECEIPT_REJECTED,
  /** The receipt journal could not be read or written. */
  JOURNAL,
  /** Anything else. */
  OTHER
}
