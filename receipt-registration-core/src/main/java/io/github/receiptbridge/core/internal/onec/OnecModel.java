package io.github.receiptbridge.core.internal.onec;

import io.github.receiptbridge.core.Organization;
import io.github.receiptbridge.core.Payer;
import io.github.receiptbridge.core.PayerKind;
import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.PaymentKind;
import io.github.receiptbridge.core.RefundDocument;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.BankWithdrawal;
import io.github.receiptbridge.onec.model.DocumentRef;
import io.github.receiptbridge.onec.model.LegalForm;
import io.github.receiptbridge.onec.model.PayerContacts;

/** The 1C client's objects in the core's terms, and back. */
final class OnecModel {
  private OnecModel() {}

  /** A «Поступление на расчетный счет» as a payment; its {@code ВидОперации} is the operation kind. */
  static PaymentDocument payment(BankReceipt document) {
    return PaymentDocument.builder()
        .key(document.key())
        .organizationKey(document.organizationKey())
        .number(document.number())
        .date(document.date())
        .amount(document.amount())
        .paymentPurpose(document.paymentPurpose())
        .kind(PaymentKind.fromLedgerName(document.operationKind()))
        .operationKind(document.operationKind())
        .posted(document.posted())
        .deletionMark(document.deletionMark())
        .incomingNumber(document.incomingNumber())
        .incomingDate(document.incomingDate())
        .payer(document.payer().map(OnecModel::payerRef))
        .build();
  }

  /**
   * A refund to a payer: its recipient is the payer, and the «Поступление на расчетный счет» documents its basis and
   * its rows' {@code Сделка} name are the payments it may return (references to other document types are left out).
   */
  static RefundDocument refund(BankWithdrawal document) {
    return RefundDocument.builder()
        .key(document.key())
        .organizationKey(document.organizationKey())
        .number(document.number())
        .date(document.date())
        .amount(document.amount())
        .paymentPurpose(document.paymentPurpose())
        .posted(document.posted())
        .deletionMark(document.deletionMark())
        .payer(document.recipient().map(OnecModel::payerRef))
        .basisPayment(document.basisDocument().filter(DocumentRef::isBankReceipt).map(DocumentRef::key))
        .settlementPayments(document.rows().stream()
            .flatMap(row -> row.settlementDocument().filter(DocumentRef::isBankReceipt).stream())
            .map(DocumentRef::key).toList())
        .build();
  }

  /** The core's reference to a payer, its {@code Контрагент_Type} as the ledger type. */
  static PayerRef payerRef(io.github.receiptbridge.onec.model.PayerRef ref) {
    return PayerRef.builder().key(ref.key()).ledgerType(ref.rawType()).build();
  }

  /** The client's reference to a payer. */
  static io.github.receiptbridge.onec.model.PayerRef payerRef(PayerRef ref) {
    return io.github.receiptbridge.onec.model.PayerRef.of(ref.key(), ref.ledgerType());
  }

  /** The payer of {@code ref}, its kind from {@code ЮридическоеФизическоеЛицо}, its INN from {@code ИНН}. */
  static Payer payer(PayerRef ref, PayerContacts contacts) {
    return Payer.builder()
        .ref(ref)
        .name(contacts.name())
        .kind(kind(contacts.legalForm()))
        .inn(contacts.inn())
        .emails(contacts.emails())
        .phones(contacts.phones())
        .build();
  }

  private static PayerKind kind(LegalForm form) {
    if (form.isLegalEntity()) {
      return PayerKind.ORGANIZATION;
    }
    return form.isNaturalPerson() ? PayerKind.PERSON : PayerKind.UNKNOWN;
  }

  /** An organization with its key, name and INN. */
  static Organization organization(io.github.receiptbridge.onec.model.Organization organization) {
    return Organization.builder().key(organization.key()).name(organization.name()).inn(organization.inn()).build();
  }
}
