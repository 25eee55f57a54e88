package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.OrganizationPayers;
import io.github.receiptbridge.core.Payer;
import io.github.receiptbridge.core.PayerKind;
import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.PaymentKind;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClassifierTest {
  private static final UUID KEY = UUID.fromString("3F2A9C1E-5B7D-11EE-8C3A-0050569F1A01");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 4);
  private static final PayerRef PAYER = PayerRef.builder().key(UUID.randomUUID())
      .ledgerType("StandardODATA.Catalog_ФизическиеЛица").build();

  private final Classifier classifier = new Classifier(ReceiptPolicy.defaults(), WorkingCalendar.weekdays());

  private static PaymentDocument document() {
    return PaymentDocument.builder().key(KEY).number("1").date(LocalDateTime.of(2026, 11, 2, 10, 0))
        .organizationKey(UUID.randomUUID()).kind(PaymentKind.CUSTOMER_PAYMENT)
        .amount(new BigDecimal("100.00")).paymentPurpose("ЖКУ").payer(PAYER).build();
  }

  /** A document of the operation kind 1C names {@code name}, as the 1C adapter reads it. */
  private static PaymentDocument ofKind(String name) {
    return document().withKind(PaymentKind.fromLedgerName(name)).withOperationKind(name);
  }

  private static Optional<Payer> contacts(String email, String phone) {
    return Optional.of(Payer.builder().ref(PAYER).name("Иванов И. И.")
        .emails(Optional.ofNullable(email).stream().toList()).phones(Optional.ofNullable(phone).stream().toList())
        .build());
  }

  @Test
  void anEligibleDocumentWithAnEmailIsSentUnderItsLowerCaseKey() {
    FillRow row = classifier.classify(document(), contacts("ivanov@example.ru", null), SavedState.empty(), TODAY);
    assertThat(row.action()).isEqualTo(PlannedAction.SEND);
    assertThat(row.externalId()).isEqualTo("1c-3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01");
    assertThat(row.buyerContact()).contains("ivanov@example.ru");
    assertThat(row.dueBy()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(row.overdue()).isTrue();
  }

  @Test
  void thePhoneIsNormalizedWhenThereIsNoEmail() {
    FillRow row = classifier.classify(document(), contacts(null, "8 (916) 123-45-67"), SavedState.empty(), TODAY);
    assertThat(row.buyerContact()).contains("+79161234567");
  }

  @Test
  void aSavedReceiptMeansAlreadySentWhateverElseIsTrue() {
    SavedState sent = SavedState.builder().rawStatus("error").receiptId(5L).build();
    FillRow row = classifier.classify(document().withDeletionMark(true), Optional.empty(), sent, TODAY);
    assertThat(row.action()).isEqualTo(PlannedAction.ALREADY_SENT);
  }

  @Test
  void aReceiptIdWithoutStatusIsNeverSentAgainWhoeverSavedIt() {
    SavedState cut = SavedState.builder().receiptId(5L).build();
    FillRow row = classifier.classify(document(), contacts("a@b.ru", null), cut, TODAY);
    assertThat(row.action()).isEqualTo(PlannedAction.ALREADY_SENT);
    assertThat(cut.isComplete()).isFalse();
  }

  @Test
  void eachSkipCarriesItsStableCode() {
    Optional<Payer> email = contacts("a@b.ru", null);
    Map<ReasonCode, FillRow> rows = new EnumMap<>(ReasonCode.class);
    rows.put(ReasonCode.STATUS_WITHOUT_ID, classifier.classify(document(), email,
        SavedState.builder().rawStatus("error").build(), TODAY));
    rows.put(ReasonCode.MARKED_FOR_DELETION, classifier.classify(document().withDeletionMark(true), email,
        SavedState.empty(), TODAY));
    rows.put(ReasonCode.NOT_POSTED, classifier.classify(document().withPosted(false), email, SavedState.empty(),
        TODAY));
    rows.put(ReasonCode.ORGANIZATION_PAYER, classifier.classify(document(), Optional.of(Payer.builder()
        .ref(PAYER).name("ООО Ромашка").kind(PayerKind.ORGANIZATION).addEmails("a@b.ru").build()),
        SavedState.empty(), TODAY));
    rows.put(ReasonCode.AMOUNT_NOT_POSITIVE, classifier.classify(document().withAmount(BigDecimal.ZERO), email,
        SavedState.empty(), TODAY));
    rows.put(ReasonCode.AMOUNT_NOT_SENDABLE, classifier.classify(document().withAmount(new BigDecimal("0.001")),
        email, SavedState.empty(), TODAY));
    rows.put(ReasonCode.NO_CONTACT, classifier.classify(document(), contacts(null, "123"), SavedState.empty(),
        TODAY));
    rows.put(ReasonCode.OPERATION_KIND, new Classifier(ReceiptPolicy.builder()
        .addIncludedOperationKinds("ОплатаПокупателя").build(), WorkingCalendar.weekdays())
        .classify(ofKind("ПрочееПоступление"), email, SavedState.empty(), TODAY));

    rows.forEach((code, row) -> {
      assertThat(row.action()).as(code.code()).isEqualTo(PlannedAction.SKIP);
      assertThat(row.skipReasonCode()).as(code.code()).contains(code);
    });
    FillRow sent = classifier.classify(document(), email, SavedState.empty(), TODAY);
    assertThat(sent.skipReason()).isEmpty();
    assertThat(sent.skipReasonCode()).isEmpty();
  }

  @Test
  void skipsWithAReasonAndNeverWritesTheReasonAnywhereElse() {
    assertThat(classifier.classify(document().withDeletionMark(true), contacts("a@b.ru", null),
        SavedState.empty(), TODAY).skipReason()).contains(Reason.of(ReasonCode.MARKED_FOR_DELETION));
    assertThat(classifier.classify(document().withPosted(false), contacts("a@b.ru", null),
        SavedState.empty(), TODAY).skipReason()).contains(Reason.of(ReasonCode.NOT_POSTED));
    assertThat(classifier.classify(document().withAmount(BigDecimal.ZERO), contacts("a@b.ru", null),
        SavedState.empty(), TODAY).skipReason()).contains(Reason.of(ReasonCode.AMOUNT_NOT_POSITIVE, "0"));
    assertThat(classifier.classify(document().withAmount(new BigDecimal("-5")), contacts("a@b.ru", null),
        SavedState.empty(), TODAY).skipReason()).contains(Reason.of(ReasonCode.AMOUNT_NOT_POSITIVE, "-5"));
    assertThat(classifier.classify(document().withAmount(new BigDecimal("0.001")), contacts("a@b.ru", null),
        SavedState.empty(), TODAY).skipReason())
        .contains(Reason.of(ReasonCode.AMOUNT_NOT_SENDABLE, "0.001", "9999999999.99"));
    assertThat(classifier.classify(document(), contacts(null, "123"), SavedState.empty(), TODAY).skipReason())
        .contains(Reason.of(ReasonCode.NO_CONTACT, "NONE_VALID", "0", "1", "NOT_A_PHONE_NUMBER"));
    FillRow skipped = classifier.classify(document().withPosted(false), Optional.empty(), SavedState.empty(), TODAY);
    assertThat(skipped.action()).isEqualTo(PlannedAction.SKIP);
    assertThat(skipped.overdue()).as("a skipped document is not overdue").isFalse();
  }

  @Test
  void excludedOperationKindsAreSkippedAndTheFallbackEmailIsUsed() {
    Classifier strict = new Classifier(ReceiptPolicy.builder().addIncludedOperationKinds("ОплатаПокупателя")
        .fallbackEmail("receipts@uk.example.ru").build(), WorkingCalendar.weekdays());
    assertThat(strict.classify(ofKind("ПрочееПоступление"), Optional.empty(), SavedState.empty(), TODAY)
        .skipReason()).contains(Reason.of(ReasonCode.OPERATION_KIND, "ПрочееПоступление", "ОплатаПокупателя"));
    assertThat(strict.classify(document(), Optional.empty(), SavedState.empty(), TODAY).buyerContact())
        .contains("receipts@uk.example.ru");
    assertThat(Set.of(PlannedAction.values())).hasSize(3);
  }

  @Test
  void byDefaultOnlyCustomerPaymentsGetAReceipt() {
    for (String kind : new String[] {"ВозвратОтПоставщика", "ПрочееПоступление", "ПолучениеКредита", ""}) {
      FillRow row = classifier.classify(ofKind(kind), contacts("a@b.ru", null), SavedState.empty(), TODAY);
      assertThat(row.action()).as(kind).isEqualTo(PlannedAction.SKIP);
      assertThat(row.skipReason()).as(kind).contains(Reason.of(ReasonCode.OPERATION_KIND, kind, "ОплатаПокупателя"));
    }
    Classifier everyKind = new Classifier(ReceiptPolicy.builder().includedOperationKinds(Set.of()).build(),
        WorkingCalendar.weekdays());
    assertThat(everyKind.classify(ofKind("ПрочееПоступление"), contacts("a@b.ru", null),
        SavedState.empty(), TODAY).action()).as("an empty set means every kind").isEqualTo(PlannedAction.SEND);
  }

  @Test
  void aLedgerOfItsOwnOperationNamesHasItsCustomerPaymentsIncludedByTheirKind() {
    FillRow rent = classifier.classify(document().withOperationKind("Квартплата"), contacts("a@b.ru", null),
        SavedState.empty(), TODAY);
    FillRow interest = classifier.classify(document().withKind(PaymentKind.OTHER_INCOME).withOperationKind("Проценты"),
        contacts("a@b.ru", null), SavedState.empty(), TODAY);

    assertThat(rent.action()).isEqualTo(PlannedAction.SEND);
    assertThat(rent.operationKind()).isEqualTo("Квартплата");
    assertThat(rent.paymentKind()).isEqualTo(PaymentKind.CUSTOMER_PAYMENT);
    assertThat(interest.skipReason()).contains(Reason.of(ReasonCode.OPERATION_KIND, "Проценты", "ОплатаПокупателя"));
  }

  @Test
  void aPaymentFromAnOrganizationIsSkippedByDefaultAndSentWhenThePolicySaysSo() {
    Optional<Payer> company = Optional.of(Payer.builder().ref(PAYER).name("ООО \"Продукты\"")
        .kind(PayerKind.ORGANIZATION).addEmails("buh@produkty.ru").build());
    FillRow skipped = classifier.classify(document(), company, SavedState.empty(), TODAY);
    assertThat(skipped.action()).isEqualTo(PlannedAction.SKIP);
    assertThat(skipped.skipReason()).contains(Reason.of(ReasonCode.ORGANIZATION_PAYER));
    assertThat(skipped.payerKind()).contains(PayerKind.ORGANIZATION);

    Classifier sendsThem = new Classifier(ReceiptPolicy.builder().organizationPayers(OrganizationPayers.SEND)
        .build(), WorkingCalendar.weekdays());
    assertThat(sendsThem.classify(document(), company, SavedState.empty(), TODAY).action())
        .isEqualTo(PlannedAction.SEND);
    assertThat(classifier.classify(document(), contacts("a@b.ru", null), SavedState.empty(), TODAY).action())
        .as("a person, or a payer whose form 1C does not say, is sent").isEqualTo(PlannedAction.SEND);
  }

  @Test
  void theFirstValidEmailOfAnyRowWinsElseTheFirstMobileOfAnyRow() {
    Optional<Payer> emailLater = Optional.of(Payer.builder().ref(PAYER).name("Иванов")
        .addPhones("8 (495) 123-45-67", "8 916 123-45-67").addEmails("нет", "ivanov@example.ru").build());
    assertThat(classifier.classify(document(), emailLater, SavedState.empty(), TODAY).buyerContact())
        .contains("ivanov@example.ru");
    Optional<Payer> mobileSecond = Optional.of(Payer.builder().ref(PAYER).name("Иванов")
        .addPhones("8 (495) 123-45-67", "моб. 8 916 123-45-67").addEmails("нет").build());
    FillRow row = classifier.classify(document(), mobileSecond, SavedState.empty(), TODAY);
    assertThat(row.action()).isEqualTo(PlannedAction.SEND);
    assertThat(row.buyerContact()).contains("+79161234567");
  }

  @Test
  void aStatusWithoutAReceiptIdIsNeverSentAutomatically() {
    for (SavedState state : new SavedState[] {SavedState.builder().rawStatus("error").build(),
        SavedState.builder().rawStatus("accept").build()}) {
      FillRow row = classifier.classify(document(), contacts("a@b.ru", null), state, TODAY);
      assertThat(row.action()).isEqualTo(PlannedAction.SKIP);
      assertThat(row.skipReason()).contains(Reason.of(ReasonCode.STATUS_WITHOUT_ID, state.rawStatus().orElseThrow()));
    }
  }

  @Test
  void ineligibilityIgnoresTheSavedStateSoASentDocumentCanBeReclassified() {
    SavedState sent = SavedState.builder().rawStatus("error").receiptId(5L).build();
    assertThat(classifier.classify(document().withDeletionMark(true), contacts("a@b.ru", null), sent, TODAY)
        .action()).isEqualTo(PlannedAction.ALREADY_SENT);
    assertThat(classifier.ineligibility(document().withDeletionMark(true), contacts("a@b.ru", null)))
        .contains(Reason.of(ReasonCode.MARKED_FOR_DELETION));
    assertThat(classifier.ineligibility(document(), contacts("a@b.ru", null))).isEmpty();
  }

  @Test
  void skipsAnAmountWithFractionsOfAKopeckInsteadOfRoundingIt() {
    for (String amount : new String[] {"0.001", "100.005", "99999999.999"}) {
      FillRow row = classifier.classify(document().withAmount(new BigDecimal(amount)), contacts("a@b.ru", null),
          SavedState.empty(), TODAY);
      assertThat(row.action()).as(amount).isEqualTo(PlannedAction.SKIP);
      assertThat(row.skipReason()).as(amount)
          .contains(Reason.of(ReasonCode.AMOUNT_NOT_SENDABLE, amount, ReceiptPolicy.MAX_TOTAL.toPlainString()));
    }
  }

  @Test
  void sendsTrailingZerosAndTheLargestAmountsTheServiceStores() {
    for (String amount : new String[] {"0.01", "100.000", "99999999.99", "9999999999.99"}) {
      FillRow row = classifier.classify(document().withAmount(new BigDecimal(amount)), contacts("a@b.ru", null),
          SavedState.empty(), TODAY);
      assertThat(row.action()).as(amount).isEqualTo(PlannedAction.SEND);
      assertThat(row.amount()).as(amount).isEqualTo(new BigDecimal(amount));
    }
  }

  @Test
  void skipsAnAmountAboveTheLargestTotalTheServiceStores() {
    FillRow row = classifier.classify(document().withAmount(new BigDecimal("10000000000.00")),
        contacts("a@b.ru", null), SavedState.empty(), TODAY);
    assertThat(row.action()).isEqualTo(PlannedAction.SKIP);
    assertThat(row.skipReason())
        .contains(Reason.of(ReasonCode.AMOUNT_NOT_SENDABLE, "10000000000.00", ReceiptPolicy.MAX_TOTAL.toPlainString()));
  }

  @Test
  void anInvalidEmailGivesWayToTheMobilePhone() {
    FillRow row = classifier.classify(document(), contacts("ivanov@", "тел. 8-912-345-67-89 доб. 12"),
        SavedState.empty(), TODAY);
    assertThat(row.action()).isEqualTo(PlannedAction.SEND);
    assertThat(row.buyerContact()).contains("+79123456789");
  }

  @Test
  void theEmailIsTrimmedOfWhatSurroundsIt() {
    FillRow row = classifier.classify(document(), contacts(" Иванов <ivanov@example.ru>; ", "8 912 345 67 89"),
        SavedState.empty(), TODAY);
    assertThat(row.buyerContact()).contains("ivanov@example.ru");
  }

  @Test
  void aLandlineIsNoContactAndTheReasonSaysWhyWithoutRepeatingTheNumber() {
    FillRow row = classifier.classify(document(), contacts("не указан", "8 (495) 123-45-67"), SavedState.empty(),
        TODAY);
    assertThat(row.action()).isEqualTo(PlannedAction.SKIP);
    assertThat(row.buyerContact()).isEmpty();
    assertThat(row.skipReason()).contains(Reason.of(ReasonCode.NO_CONTACT, "NONE_VALID", "1", "1", "LANDLINE"));
    assertThat(row.skipReason().orElseThrow().toString()).doesNotContain("495");
  }

  @Test
  void missingContactsAreSkippedWithTheirReasonUnlessAFallbackIsConfigured() {
    PaymentDocument noPayer = document().withPayer(Optional.empty());
    assertThat(classifier.classify(noPayer, Optional.empty(), SavedState.empty(), TODAY).skipReason())
        .contains(Reason.of(ReasonCode.NO_CONTACT, "NO_PAYER", "0", "0", ""));
    assertThat(classifier.classify(document(), Optional.empty(), SavedState.empty(), TODAY).skipReason())
        .contains(Reason.of(ReasonCode.NO_CONTACT, "PAYER_NOT_FOUND", "0", "0", ""));
    assertThat(classifier.classify(document(), contacts(null, null), SavedState.empty(), TODAY).skipReason())
        .contains(Reason.of(ReasonCode.NO_CONTACT, "NO_ENTRIES", "0", "0", ""));
    assertThat(classifier.classify(document(), contacts("", "  "), SavedState.empty(), TODAY).skipReason())
        .contains(Reason.of(ReasonCode.NO_CONTACT, "NO_ENTRIES", "0", "0", ""));

    Classifier withFallback = new Classifier(ReceiptPolicy.builder().fallbackEmail("receipts@uk.example.ru").build(),
        WorkingCalendar.weekdays());
    FillRow landline = withFallback.classify(document(), contacts(null, "8 (495) 123-45-67"), SavedState.empty(),
        TODAY);
    assertThat(landline.action()).isEqualTo(PlannedAction.SEND);
    assertThat(landline.buyerContact()).contains("receipts@uk.example.ru");
    assertThat(withFallback.classify(noPayer, Optional.empty(), SavedState.empty(), TODAY).buyerContact())
        .contains("receipts@uk.example.ru");
  }

  @Test
  void aFallbackEmailThatIsNotAnAddressIsRefusedWhenThePolicyIsBuilt() {
    for (String bad : new String[] {"not-an-email", "a@b", "receipts@uk.example.ru, other@uk.example.ru",
        "a".repeat(60) + "@uk.example.ru"}) {
      assertThatThrownBy(() -> ReceiptPolicy.builder().fallbackEmail(bad).build()).as(bad)
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("fallbackEmail is not an e-mail address");
    }
  }

  @Test
  void theRowCarriesThePayersInnOnlyWhenItIs10Or12Digits() {
    Payer payer = contacts("buh@romashka.ru", null).orElseThrow().withKind(PayerKind.ORGANIZATION);
    FillRow valid = classifier.classify(document(), Optional.of(payer.withInn(" 7704123453 ")), SavedState.empty(),
        TODAY);
    FillRow malformed = classifier.classify(document(), Optional.of(payer.withInn("770412345")), SavedState.empty(),
        TODAY);
    FillRow none = classifier.classify(document(), Optional.of(payer), SavedState.empty(), TODAY);
    assertThat(valid.payerInn()).contains("7704123453");
    assertThat(malformed.payerInn()).isEmpty();
    assertThat(none.payerInn()).isEmpty();
  }
}
