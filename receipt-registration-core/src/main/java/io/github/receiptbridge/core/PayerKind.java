package io.github.receiptbridge.core;

/**
 * Whether a payer is a person or an organization, as far as the ledger says.
 *
 * @since 0.1.0
 */
public enum PayerKind {
  /** A natural person: a resident. */
  PERSON,
  /** A legal entity: its payments are skipped or sent as {@link ReceiptPolicy#organizationPayers()} says. */
  ORGANIZATION,
  /** The ledger does not say. Treated as a person. */
  UNKNOWN
}
