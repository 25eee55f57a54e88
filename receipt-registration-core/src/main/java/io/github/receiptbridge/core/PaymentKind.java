package io.github.receiptbridge.core;

/**
 * The kind of an incoming payment as the workflow understands it, with the name 1C:Бухгалтерия gives it ({@code
 * ВидОперации} of «Поступление на расчетный счет», {@link #ledgerName()}). Ledgers name more kinds than these (and
 * derived configurations add their own): those are {@link #OTHER}, and the document keeps the ledger's own name in
 * {@link PaymentDocument#operationKind()}.
 *
 * @since 0.1.0
 */
public enum PaymentKind {
  /** A customer's payment, a resident's payment for housing and utilities: {@code ОплатаПокупателя}. */
  CUSTOMER_PAYMENT("ОплатаПокупателя"),
  /** A refund from a supplier: {@code ВозвратОтПоставщика}. */
  SUPPLIER_REFUND("ВозвратОтПоставщика"),
  /** A loan received: {@code ПолучениеЗайма}. */
  LOAN_RECEIVED("ПолучениеЗайма"),
  /** A bank credit received: {@code ПолучениеКредита}. */
  CREDIT_RECEIVED("ПолучениеКредита"),
  /** A transfer from another account of the organization: {@code ПереводСДругогоСчета}. */
  TRANSFER_BETWEEN_OWN_ACCOUNTS("ПереводСДругогоСчета"),
  /** Other income, such as bank interest: {@code ПрочееПоступление}. */
  OTHER_INCOME("ПрочееПоступление"),
  /** Any other kind, or none; the document's {@link PaymentDocument#operationKind()} says which. */
  OTHER("");

  private final String ledgerName;

  PaymentKind(String ledgerName) {
    this.ledgerName = ledgerName;
  }

  /**
   * The name 1C gives this kind, for example {@code ОплатаПокупателя}; empty for {@link #OTHER}.
   *
   * @return the ledger's name of the kind, or the empty string
   */
  public String ledgerName() {
    return ledgerName;
  }

  /**
   * The kind 1C names {@code name}; {@link #OTHER} for any other name, the empty one included.
   *
   * @param name the ledger's name of an operation kind; surrounding spaces are ignored
   * @return the kind, never {@code null}
   */
  public static PaymentKind fromLedgerName(String name) {
    String trimmed = name.trim();
    for (PaymentKind kind : values()) {
      if (kind != OTHER && kind.ledgerName.equals(trimmed)) {
        return kind;
      }
    }
    return OTHER;
  }
}
