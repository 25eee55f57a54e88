package io.github.receiptbridge.core;

/**
 * What {@link ReceiptPolicy#organizationPayers()} does with a payment whose payer is a legal entity. Whether such a
 * payment needs a receipt is for the organization to decide with its accountant; the SDK only does what is set.
 *
 * @since 0.1.0
 */
public enum OrganizationPayers {
  /** Skip it with {@link ReasonCode#ORGANIZATION_PAYER}. The default. */
  SKIP,
  /**
   * Send a receipt for it like for any other payer; the receipt carries the buyer's name and INN (tags 1227, 1228)
   * as the ledger holds them.
   */
  SEND
}
