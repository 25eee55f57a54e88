package io.github.receiptbridge.app.common.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.receiptbridge.app.common.service.InfobaseSurvey.Group;
import io.github.receiptbridge.app.common.service.InfobaseSurvey.PayerType;
import io.github.receiptbridge.core.OrganizationPayers;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.LegalForm;
import io.github.receiptbridge.onec.model.PayerContacts;
import io.github.receiptbridge.onec.model.PayerRef;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InfobaseSurveyTest {
  private static final String COUNTERPARTY = "StandardODATA.Catalog_Контрагенты";
  private static final String PERSON = "StandardODATA.Catalog_ФизическиеЛица";
  private static final UUID ORGANIZATION = UUID.randomUUID();

  private final PayerRef company = PayerRef.of(UUID.randomUUID(), COUNTERPARTY);
  private final PayerRef resident = PayerRef.of(UUID.randomUUID(), COUNTERPARTY);
  private final PayerRef unsetForm = PayerRef.of(UUID.randomUUID(), COUNTERPARTY);
  private final PayerRef gone = PayerRef.of(UUID.randomUUID(), COUNTERPARTY);
  private final PayerRef person = PayerRef.of(UUID.randomUUID(), PERSON);
  private final PayerRef account = PayerRef.of(UUID.randomUUID(), "StandardODATA.Catalog_ЛицевыеСчета");
  private final List<Collection<PayerRef>> asked = new ArrayList<>();

  @Test
  void countsAndSumsPostedDocumentsByOperationKindAndPayerType() {
    InfobaseSurvey.Result result = tally(ReceiptPolicy.defaults(),
        document("ОплатаПокупателя", "100.50", Optional.of(resident)),
        document("ОплатаПокупателя", "200", Optional.of(resident)),
        document("ОплатаПокупателя", "10.05", Optional.of(person)),
        document("ОплатаПокупателя", "7000", Optional.of(company)),
        document("ВозвратОтПоставщика", "500", Optional.of(company)),
        document("ПрочееПоступление", "12.34", Optional.empty()),
        document("", "1", Optional.of(unsetForm)),
        document("ОплатаЖКУ", "3", Optional.of(account)),
        document("ОплатаЖКУ", "4", Optional.of(gone)));

    assertThat(result.groups()).extracting(Group::operationKind, Group::payerType, Group::payerDetail,
        Group::documents, Group::sum).containsExactly(
            tuple("", PayerType.COUNTERPARTY_OTHER_FORM, "", 1L, new BigDecimal("1")),
            tuple("ВозвратОтПоставщика", PayerType.COUNTERPARTY_ORGANIZATION, "", 1L, new BigDecimal("500")),
            tuple("ОплатаЖКУ", PayerType.COUNTERPARTY_NOT_FOUND, "", 1L, new BigDecimal("4")),
            tuple("ОплатаЖКУ", PayerType.OTHER_TYPE, "StandardODATA.Catalog_ЛицевыеСчета", 1L, new BigDecimal("3")),
            tuple("ОплатаПокупателя", PayerType.COUNTERPARTY_ORGANIZATION, "", 1L, new BigDecimal("7000")),
            tuple("ОплатаПокупателя", PayerType.COUNTERPARTY_PERSON, "", 2L, new BigDecimal("300.50")),
            tuple("ОплатаПокупателя", PayerType.NATURAL_PERSON, "", 1L, new BigDecimal("10.05")),
            tuple("ПрочееПоступление", PayerType.NONE, "", 1L, new BigDecimal("12.34")));
    assertThat(result.documents()).isEqualTo(9);
    assertThat(result.sum()).isEqualByComparingTo("7830.89");
    assertThat(result.receiptedDocuments()).isEqualTo(3);
    assertThat(result.receiptedSum()).isEqualByComparingTo("310.55");
    assertThat(asked).as("the legal forms of the counterparties, asked at once")
        .singleElement().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.collection(PayerRef.class))
        .containsExactlyInAnyOrder(resident, company, unsetForm, gone);
  }

  @Test
  void leavesOutUnpostedDocumentsAndDocumentsMarkedForDeletion() {
    BankReceipt posted = document("ОплатаПокупателя", "10", Optional.of(person));
    InfobaseSurvey.Result result = tally(ReceiptPolicy.defaults(), posted,
        BankReceipt.builder().from(posted).key(UUID.randomUUID()).posted(false).build(),
        BankReceipt.builder().from(posted).key(UUID.randomUUID()).deletionMark(true).build());

    assertThat(result.groups()).singleElement().extracting(Group::documents).isEqualTo(1L);
    assertThat(result.notCounted()).isEqualTo(2);
    assertThat(asked).as("no counterparty, nothing asked").isEmpty();
  }

  @Test
  void anEmptyPeriodHasNoGroups() {
    InfobaseSurvey.Result result = tally(ReceiptPolicy.defaults());

    assertThat(result.groups()).isEmpty();
    assertThat(result.sum()).isZero();
    assertThat(asked).isEmpty();
  }

  @Test
  void theDefaultPolicyReceiptsCustomerPaymentsOfPeopleOnly() {
    ReceiptPolicy policy = ReceiptPolicy.defaults();

    assertThat(InfobaseSurvey.skipReason(policy, "ОплатаПокупателя", PayerType.NATURAL_PERSON)).isEmpty();
    assertThat(InfobaseSurvey.skipReason(policy, "ОплатаПокупателя", PayerType.COUNTERPARTY_PERSON)).isEmpty();
    assertThat(InfobaseSurvey.skipReason(policy, "ОплатаПокупателя", PayerType.COUNTERPARTY_OTHER_FORM)).isEmpty();
    assertThat(InfobaseSurvey.skipReason(policy, "ОплатаПокупателя", PayerType.COUNTERPARTY_ORGANIZATION))
        .contains(ReasonCode.ORGANIZATION_PAYER);
    assertThat(InfobaseSurvey.skipReason(policy, "ВозвратОтПоставщика", PayerType.COUNTERPARTY_ORGANIZATION))
        .as("the operation kind is checked first, as the workflow does").contains(ReasonCode.OPERATION_KIND);
    assertThat(InfobaseSurvey.skipReason(policy, "", PayerType.NATURAL_PERSON)).contains(ReasonCode.OPERATION_KIND);
    assertThat(InfobaseSurvey.skipReason(policy, "ОплатаПокупателя", PayerType.NONE))
        .contains(ReasonCode.NO_CONTACT);
    assertThat(InfobaseSurvey.skipReason(policy, "ОплатаПокупателя", PayerType.OTHER_TYPE))
        .contains(ReasonCode.NO_CONTACT);
    assertThat(InfobaseSurvey.skipReason(policy, "ОплатаПокупателя", PayerType.COUNTERPARTY_NOT_FOUND))
        .contains(ReasonCode.NO_CONTACT);
  }

  @Test
  void everyKindWithAnEmptySetOrganizationsWhenSentAndPayerlessPaymentsWithAFallbackEmail() {
    ReceiptPolicy every = ReceiptPolicy.builder().includedOperationKinds(Set.of()).build();
    ReceiptPolicy all = ReceiptPolicy.builder().from(every).organizationPayers(OrganizationPayers.SEND)
        .fallbackEmail("kassa@example.ru").build();
    ReceiptPolicy ownNames = ReceiptPolicy.builder().includedOperationKinds(Set.of("ОплатаЖКУ")).build();

    assertThat(InfobaseSurvey.skipReason(every, "ПрочееПоступление", PayerType.NATURAL_PERSON)).isEmpty();
    assertThat(InfobaseSurvey.skipReason(every, "ВозвратОтПоставщика", PayerType.COUNTERPARTY_ORGANIZATION))
        .contains(ReasonCode.ORGANIZATION_PAYER);
    for (PayerType type : PayerType.values()) {
      assertThat(InfobaseSurvey.skipReason(all, "ВозвратОтПоставщика", type)).as(type.name()).isEmpty();
    }
    assertThat(InfobaseSurvey.skipReason(ownNames, "ОплатаЖКУ", PayerType.NATURAL_PERSON)).isEmpty();
    assertThat(InfobaseSurvey.skipReason(ownNames, "ОплатаПокупателя", PayerType.NATURAL_PERSON))
        .contains(ReasonCode.OPERATION_KIND);
  }

  @Test
  void namesTheOtherDocumentsThatSuggestPayments() {
    List<String> found = InfobaseSurvey.paymentLikeDocuments(List.of(
        "Catalog_Контрагенты",
        "Catalog_ВидыОплатЖКУ",
        "Document_ПоступлениеНаРасчетныйСчет",
        "Document_ПоступлениеНаРасчетныйСчет_РасшифровкаПлатежа",
        "Document_СписаниеСРасчетногоСчета",
        "Document_СписаниеСРасчетногоСчета_РасшифровкаПлатежа",
        "Document_ПриходныйКассовыйОрдер",
        "Document_ОперацияПоПлатежнойКарте",
        "Document_ОтчетОРозничныхПродажах",
        "Document_ОтчетБанкаПоОперациямЭквайринга",
        "Document_ВводПлатёжныхДокументов",
        "Document_кв_ОплатаЖКУ",
        "Document_РеализацияТоваровУслуг",
        "Document_НачислениеУслуг",
        "InformationRegister_ПоступлениеДенег"));

    assertThat(found).containsExactly(
        "Document_ВводПлатёжныхДокументов",
        "Document_ОперацияПоПлатежнойКарте",
        "Document_ОтчетБанкаПоОперациямЭквайринга",
        "Document_ОтчетОРозничныхПродажах",
        "Document_ПриходныйКассовыйОрдер",
        "Document_СписаниеСРасчетногоСчета",
        "Document_кв_ОплатаЖКУ");
  }

  private InfobaseSurvey.Result tally(ReceiptPolicy policy, BankReceipt... documents) {
    return InfobaseSurvey.tally(Stream.of(documents), this::contacts, policy);
  }

  /** What 1C knows of the payers: a company, a resident, a counterparty with no form set; {@code gone} is missing. */
  private Map<PayerRef, PayerContacts> contacts(Collection<PayerRef> payers) {
    asked.add(List.copyOf(payers));
    Map<PayerRef, LegalForm> forms = Map.of(company, LegalForm.LEGAL_ENTITY, resident, LegalForm.NATURAL_PERSON,
        unsetForm, LegalForm.of(""));
    Map<PayerRef, PayerContacts> found = new java.util.HashMap<>();
    payers.stream().filter(forms::containsKey).forEach(payer -> found.put(payer,
        PayerContacts.builder().payer(payer).name("payer").legalForm(forms.get(payer)).build()));
    return found;
  }

  private static BankReceipt document(String operationKind, String amount, Optional<PayerRef> payer) {
    LocalDateTime date = LocalDateTime.of(2026, 11, 5, 10, 0);
    return BankReceipt.builder().key(UUID.randomUUID()).number("0000-000001").date(date)
        .zonedDate(date.atZone(ZoneId.of("Europe/Moscow"))).posted(true).deletionMark(false)
        .organizationKey(ORGANIZATION).operationKind(operationKind).amount(new BigDecimal(amount))
        .paymentPurpose("").payer(payer).build();
  }
}
