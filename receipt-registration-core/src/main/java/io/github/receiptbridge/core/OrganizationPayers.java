package io.github.receiptbridge.core;

/** What {@link ReceiptPolicy#organizationPayers()} does with a payment whose payer is a legal entity. */
public enum OrganizationPayers {
  /**
   * Skip it with {@link ReasonCode#ORGANIZATION_PAYER}: a bank transfer between organizations needs no receipt
   * (54-ФЗ art. 2 p. 9). The default.
   */
  SKIP,
  /** Send a receipt for it like for any other payer. */
  SEND
}
