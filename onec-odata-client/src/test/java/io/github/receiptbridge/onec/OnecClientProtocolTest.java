package io.github.receiptbridge.onec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.onec.model.AdditionalInfoRecord;
import io.github.receiptbridge.onec.model.AdditionalProperty;
import io.github.receiptbridge.onec.model.AdditionalValue;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.LegalForm;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.onec.model.PayerContacts;
import io.github.receiptbridge.onec.model.PayerKind;
import io.github.receiptbridge.onec.model.PayerRef;
import io.github.receiptbridge.onec.model.ValueKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact URLs and bodies the client sends, and how it reads 1C's answers. */
class OnecClientProtocolTest {
  private static final UUID ORG = UUID.fromString("a1b2c3d4-0000-11ee-8c3a-0050569f1a01");
  private static final UUID DOC = UUID.fromString("3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01");
  private static final UUID PROPERTY = UUID.fromString("9d8c7b6a-0000-11ee-8c3a-0050569f1a01");
  private static final String BANK_RECEIPTS_ENCODED = "Document_%D0%9F%D0%BE%D1%81%D1%82%D1%83%D0%BF%D0%BB%D0%B5"
      + "%D0%BD%D0%B8%D0%B5%D0%9D%D0%B0%D0%A0%D0%B0%D1%81%D1%87%D0%B5%D1%82%D0%BD%D1%8B%D0%B9%D0%A1%D1%87%D0%B5%D1%82";

  private final OnecMockServer mock = new OnecMockServer();

  @AfterEach
  void stop() throws Exception {
    mock.close();
  }

  private static String decoded(RecordedRequest request) {
    return request.getUrl().encodedPath().isEmpty() ? "" : String.join("/",
        request.getUrl().pathSegments()) + "?" + request.getUrl().query();
  }

  @Test
  void aReadWaitsTheRetryAfterOfABusyServerBeforeRepeating() {
    mock.server().enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3")
        .setHeader("Content-Type", "text/html").body("<html><body>Service Unavailable</body></html>").build());
    mock.json(200, "organizations.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThat(client.organizations()).hasSize(1);
    }
    assertThat(mock.sleeps).containsExactly(Duration.ofSeconds(3));
    assertThat(decoded(mock.take())).isEqualTo(decoded(mock.take()));
  }

  @Test
  void aRetryAfterDateBeyondTheBackoffCeilingFallsBackToTheClientsOwnBackoff() {
    mock.server().enqueue(new MockResponse.Builder().code(503)
        .setHeader("Retry-After", "Fri, 31 Dec 2099 23:59:59 GMT").body("busy").build());
    mock.json(200, "organizations.json");
    try (OnecClient client = mock.clientBuilder().retryBackoff(Duration.ofMillis(400), Duration.ofSeconds(2))
        .build()) {
      assertThat(client.organizations()).hasSize(1);
    }
    assertThat(mock.sleeps).singleElement()
        .satisfies(pause -> assertThat(pause.toMillis()).isBetween(200L, 400L));
  }

  @Test
  void streamsBankReceiptsPageByPageWithTheExactUrls() {
    mock.json(200, "bank-receipts-page1.json").json(200, "bank-receipts-page2.json")
        .json(200, "bank-receipts-page3.json");
    List<BankReceipt> receipts;
    try (OnecClient client = mock.clientBuilder().pageSize(2).build();
        Stream<BankReceipt> stream = client.bankReceipts(ORG, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))) {
      receipts = stream.toList();
    }
    assertThat(receipts).extracting(BankReceipt::number)
        .containsExactly("0000-000112", "0000-000113", "0000-000114", "0000-000115", "0000-000116");

    RecordedRequest first = mock.take();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getTarget()).isEqualTo("/base/odata/standard.odata/" + BANK_RECEIPTS_ENCODED
        + "?$format=json&$filter=Date%20ge%20datetime%272024-03-01T00:00:00%27%20and%20Date%20lt%20datetime"
        + "%272024-04-01T00:00:00%27%20and%20%D0%9E%D1%80%D0%B3%D0%B0%D0%BD%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D1%8F_Key"
        + "%20eq%20guid%27a1b2c3d4-0000-11ee-8c3a-0050569f1a01%27"
        + "&$select=Ref_Key,DeletionMark,Number,Date,Posted,"
        + "%D0%9E%D1%80%D0%B3%D0%B0%D0%BD%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D1%8F_Key,"
        + "%D0%92%D0%B8%D0%B4%D0%9E%D0%BF%D0%B5%D1%80%D0%B0%D1%86%D0%B8%D0%B8,"
        + "%D0%A1%D1%83%D0%BC%D0%BC%D0%B0%D0%94%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82%D0%B0,"
        + "%D0%9D%D0%B0%D0%B7%D0%BD%D0%B0%D1%87%D0%B5%D0%BD%D0%B8%D0%B5%D0%9F%D0%BB%D0%B0%D1%82%D0%B5%D0%B6%D0%B0,"
        + "%D0%9D%D0%BE%D0%BC%D0%B5%D1%80%D0%92%D1%85%D0%BE%D0%B4%D1%8F%D1%89%D0%B5%D0%B3%D0%BE%D0%94%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82%D0%B0,"
        + "%D0%94%D0%B0%D1%82%D0%B0%D0%92%D1%85%D0%BE%D0%B4%D1%8F%D1%89%D0%B5%D0%B3%D0%BE%D0%94%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82%D0%B0,"
        + "%D0%9A%D0%BE%D0%BD%D1%82%D1%80%D0%B0%D0%B3%D0%B5%D0%BD%D1%82,"
        + "%D0%9A%D0%BE%D0%BD%D1%82%D1%80%D0%B0%D0%B3%D0%B5%D0%BD%D1%82_Type"
        + "&$orderby=Date,Number&$top=2&$skip=0");
    assertThat(decoded(first)).isEqualTo("base/odata/standard.odata/Document_ПоступлениеНаРасчетныйСчет"
        + "?$format=json&$filter=Date ge datetime'2024-03-01T00:00:00' and Date lt datetime'2024-04-01T00:00:00'"
        + " and Организация_Key eq guid'a1b2c3d4-0000-11ee-8c3a-0050569f1a01'&$select=Ref_Key,DeletionMark,Number,Date,"
        + "Posted,Организация_Key,ВидОперации,СуммаДокумента,НазначениеПлатежа,НомерВходящегоДокумента,"
        + "ДатаВходящегоДокумента,Контрагент,Контрагент_Type&$orderby=Date,Number&$top=2&$skip=0");
    assertThat(first.getTarget()).doesNotContain("+");
    assertThat(mock.take().getUrl().queryParameter("$skip")).isEqualTo("2");
    assertThat(mock.take().getUrl().queryParameter("$skip")).isEqualTo("4");
    assertThat(mock.server().getRequestCount()).isEqualTo(3);
  }

  @Test
  void readsBankReceiptFieldsWithExactAmountsAndCompositePayers() {
    mock.json(200, "bank-receipts-page1.json").json(200, "bank-receipts-page2.json")
        .json(200, "bank-receipts-page3.json");
    List<BankReceipt> receipts;
    try (OnecClient client = mock.clientBuilder().pageSize(2).build()) {
      receipts = client.bankReceipts(ORG, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)).toList();
    }
    BankReceipt paid = receipts.get(0);
    assertThat(paid.key()).isEqualTo(DOC);
    assertThat(paid.date()).isEqualTo(LocalDateTime.of(2024, 3, 4, 12, 0));
    assertThat(paid.zonedDate().getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
    assertThat(paid.posted()).isTrue();
    assertThat(paid.amount()).isEqualByComparingTo("15000");
    assertThat(paid.operationKind()).isEqualTo("ОплатаПокупателя");
    assertThat(paid.payer()).contains(PayerRef.of(UUID.fromString("d4e5f6a7-0000-11ee-8c3a-0050569f1a01"),
        "StandardODATA.Catalog_Контрагенты"));
    assertThat(paid.payer().orElseThrow().kind()).isEqualTo(PayerKind.COUNTERPARTY);
    assertThat(paid.incomingNumber()).contains("512");
    assertThat(paid.incomingDate()).contains(LocalDate.of(2024, 3, 4));

    BankReceipt interest = receipts.get(1);
    assertThat(interest.amount()).isEqualTo(new BigDecimal("1234.56"));
    assertThat(interest.posted()).isFalse();
    assertThat(interest.payer()).isEmpty();
    assertThat(interest.incomingNumber()).as("no payment order number").isEmpty();
    assertThat(interest.incomingDate()).as("1C's empty date 0001-01-01").isEmpty();
    assertThat(receipts.get(2).incomingDate()).as("the field left out").isEmpty();

    assertThat(receipts.get(2).deletionMark()).isTrue();
    assertThat(receipts.get(2).payer().orElseThrow().kind()).isEqualTo(PayerKind.NATURAL_PERSON);
    assertThat(receipts.get(3).payer()).as("the zero GUID is an empty reference").isEmpty();
    assertThat(receipts.get(4).amount()).as("a string amount").isEqualTo(new BigDecimal("99.90"));
    assertThat(receipts.get(4).payer().orElseThrow().kind()).isEqualTo(PayerKind.OTHER);
  }

  @Test
  void countsThePeriodWithDollarCountAndToleratesTheByteOrderMark() {
    mock.server().enqueue(new MockResponse.Builder()
        .setHeader("Content-Type", "text/plain;charset=utf-8").body("\uFEFF237").build());
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThat(client.countBankReceipts(ORG, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))).isEqualTo(237);
    }
    RecordedRequest request = mock.take();
    assertThat(request.getUrl().pathSegments())
        .containsExactly("base", "odata", "standard.odata", "Document_ПоступлениеНаРасчетныйСчет", "$count");
    assertThat(request.getUrl().queryParameter("$filter")).isEqualTo("Date ge datetime'2024-03-01T00:00:00'"
        + " and Date lt datetime'2024-04-01T00:00:00' and Организация_Key eq guid'a1b2c3d4-0000-11ee-8c3a-0050569f1a01'");
  }

  @Test
  void readsLazilyOnePageAtATime() {
    mock.json(200, "bank-receipts-page1.json").json(200, "bank-receipts-page2.json");
    try (OnecClient client = mock.clientBuilder().pageSize(2).build()) {
      assertThat(client.bankReceipts(ORG, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)).limit(3).count())
          .isEqualTo(3);
    }
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void sendsBasicAuthInUtf8ForACyrillicUser() {
    mock.json(200, "organizations.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      client.organizations();
    }
    String expected = "Basic " + Base64.getEncoder()
        .encodeToString("Администратор:пароль-123".getBytes(StandardCharsets.UTF_8));
    assertThat(mock.take().getHeaders().get("Authorization")).isEqualTo(expected);
  }

  @Test
  void findsAnOrganizationByNameWithTheApostropheDoubled() {
    mock.json(200, "organizations.json");
    List<Organization> found;
    try (OnecClient client = mock.clientBuilder().build()) {
      found = client.findOrganizations("УК «Дом'ОК»");
    }
    assertThat(found).singleElement().satisfies(org -> {
      assertThat(org.key()).isEqualTo(ORG);
      assertThat(org.inn()).isEqualTo("7701234567");
      assertThat(org.kpp()).isEqualTo("770101001");
    });
    RecordedRequest request = mock.take();
    assertThat(request.getUrl().queryParameter("$filter"))
        .isEqualTo("Description eq 'УК «Дом''ОК»' or НаименованиеПолное eq 'УК «Дом''ОК»'");
    assertThat(request.getTarget()).contains("&$filter=Description%20eq%20%27%D0%A3%D0%9A%20%C2%AB%D0%94%D0%BE%D0%BC"
        + "%27%27%D0%9E%D0%9A%C2%BB%27%20or%20%D0%9D%D0%B0%D0%B8%D0%BC%D0%B5%D0%BD%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8"
        + "%D0%B5%D0%9F%D0%BE%D0%BB%D0%BD%D0%BE%D0%B5%20eq%20%27%D0%A3%D0%9A%20%C2%AB%D0%94%D0%BE%D0%BC%27%27%D0%9E"
        + "%D0%9A%C2%BB%27&");
  }

  @Test
  void findsAnOrganizationByInnOrByKey() {
    mock.json(200, "organizations.json").json(200, "organizations-empty.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThat(client.findOrganizations("7701234567")).hasSize(1);
      assertThat(client.findOrganizations(ORG.toString())).isEmpty();
    }
    assertThat(mock.take().getUrl().queryParameter("$filter")).isEqualTo("ИНН eq '7701234567'");
    assertThat(mock.take().getUrl().queryParameter("$filter"))
        .isEqualTo("Ref_Key eq guid'a1b2c3d4-0000-11ee-8c3a-0050569f1a01'");
  }

  @Test
  void readsAdditionalInfoOfManyDocumentsWithTheCompositeCastFilter() {
    mock.json(200, "additional-info-records.json");
    UUID second = UUID.fromString("4a5b6c7d-5b7d-11ee-8c3a-0050569f1a01");
    List<AdditionalInfoRecord> records;
    try (OnecClient client = mock.clientBuilder().build()) {
      records = client.additionalInfo("Document_ПоступлениеНаРасчетныйСчет", List.of(DOC, second),
          List.of(PROPERTY));
    }
    assertThat(mock.take().getUrl().queryParameter("$filter")).isEqualTo(
        "(Объект eq cast(guid'3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01','Document_ПоступлениеНаРасчетныйСчет')"
            + " or Объект eq cast(guid'4a5b6c7d-5b7d-11ee-8c3a-0050569f1a01','Document_ПоступлениеНаРасчетныйСчет'))"
            + " and Свойство_Key eq guid'9d8c7b6a-0000-11ee-8c3a-0050569f1a01'");
    assertThat(records).hasSize(2);
    assertThat(records.get(0).value().text()).isEqualTo("accept");
    assertThat(records.get(1).value().asDateTime()).contains(LocalDateTime.of(2024, 3, 6, 0, 0));
  }

  @Test
  void splitsALongListOfDocumentsIntoShortUrls() {
    for (int i = 0; i < 20; i++) {
      mock.json(200, "additional-info-records.json");
    }
    List<UUID> documents = Stream.generate(UUID::randomUUID).limit(100).toList();
    try (OnecClient client = mock.clientBuilder().maxFilterLength(2000).build()) {
      client.additionalInfo("Document_ПоступлениеНаРасчетныйСчет", documents, List.of(PROPERTY, PROPERTY));
    }
    int requests = mock.server().getRequestCount();
    assertThat(requests).isBetween(10, 20);
    int seen = 0;
    for (int i = 0; i < requests; i++) {
      RecordedRequest request = mock.take();
      assertThat(request.getUrl().encodedQuery().length()).isLessThan(2100);
      seen += request.getUrl().queryParameter("$filter").split(" or Объект eq ").length;
    }
    assertThat(seen).as("every document asked for exactly once").isEqualTo(100);
  }

  @Test
  void upsertPostsThenPatchesTheKeyUrlOnCode15AndVerifiesTheStoredRecordItAnswers() {
    mock.json(400, "error-15.json").json(200, "additional-info-record.json");
    AdditionalInfoRecord stored;
    try (OnecClient client = mock.clientBuilder().build()) {
      stored = client.upsertAdditionalInfo("Document_ПоступлениеНаРасчетныйСчет", DOC, PROPERTY,
          AdditionalValue.ofNumber(new BigDecimal("1234.00")));
    }
    assertThat(stored.value().kind()).isEqualTo(ValueKind.NUMBER);
    assertThat(stored.value().asNumber()).contains(new BigDecimal("1234"));

    RecordedRequest post = mock.take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(decoded(post)).isEqualTo(
        "base/odata/standard.odata/InformationRegister_ДополнительныеСведения?$format=json");
    assertThat(post.getBody().string(StandardCharsets.UTF_8)).isEqualTo("{"
        + "\"Объект\":\"3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01\","
        + "\"Объект_Type\":\"StandardODATA.Document_ПоступлениеНаРасчетныйСчет\","
        + "\"Свойство_Key\":\"9d8c7b6a-0000-11ee-8c3a-0050569f1a01\","
        + "\"Значение\":\"1234\",\"Значение_Type\":\"Edm.Double\"}");

    RecordedRequest patch = mock.take();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getTarget()).isEqualTo("/base/odata/standard.odata/InformationRegister_%D0%94%D0%BE%D0%BF%D0%BE"
        + "%D0%BB%D0%BD%D0%B8%D1%82%D0%B5%D0%BB%D1%8C%D0%BD%D1%8B%D0%B5%D0%A1%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8"
        + "%D1%8F(%D0%9E%D0%B1%D1%8A%D0%B5%D0%BA%D1%82='3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01',%D0%9E%D0%B1%D1%8A"
        + "%D0%B5%D0%BA%D1%82_Type='StandardODATA.Document_%D0%9F%D0%BE%D1%81%D1%82%D1%83%D0%BF%D0%BB%D0%B5%D0%BD"
        + "%D0%B8%D0%B5%D0%9D%D0%B0%D0%A0%D0%B0%D1%81%D1%87%D0%B5%D1%82%D0%BD%D1%8B%D0%B9%D0%A1%D1%87%D0%B5%D1%82',"
        + "%D0%A1%D0%B2%D0%BE%D0%B9%D1%81%D1%82%D0%B2%D0%BE_Key=guid'9d8c7b6a-0000-11ee-8c3a-0050569f1a01')"
        + "?$format=json");
    assertThat(patch.getBody().string(StandardCharsets.UTF_8))
        .isEqualTo("{\"Значение\":\"1234\",\"Значение_Type\":\"Edm.Double\"}");

    assertThat(mock.server().getRequestCount()).as("the PATCH answer is the re-read").isEqualTo(2);
  }

  @Test
  void aWriteAnsweredWithoutTheRecordIsVerifiedWithAGetOfTheKeyUrl() {
    mock.empty(204).json(200, "additional-info-record.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      client.upsertAdditionalInfo("Document_ПоступлениеНаРасчетныйСчет", DOC, PROPERTY,
          AdditionalValue.ofNumber(new BigDecimal("1234")));
    }
    assertThat(mock.take().getMethod()).isEqualTo("POST");
    RecordedRequest verify = mock.take();
    assertThat(verify.getMethod()).isEqualTo("GET");
    assertThat(decoded(verify)).startsWith("base/odata/standard.odata/InformationRegister_ДополнительныеСведения("
        + "Объект='3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01',Объект_Type='StandardODATA.Document_ПоступлениеНаРасчетныйСчет',"
        + "Свойство_Key=guid'9d8c7b6a-0000-11ee-8c3a-0050569f1a01')");
  }

  @Test
  void readsEveryContactRowAndTheLegalFormOncePerCatalogChunk() {
    mock.json(200, "counterparties.json");
    PayerRef ivanov = PayerRef.of(UUID.fromString("d4e5f6a7-0000-11ee-8c3a-0050569f1a01"),
        "StandardODATA.Catalog_Контрагенты");
    Map<PayerRef, PayerContacts> contacts;
    try (OnecClient client = mock.clientBuilder().build()) {
      contacts = client.payerContacts(List.of(ivanov, ivanov, ivanov));
    }
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
    RecordedRequest request = mock.take();
    assertThat(request.getUrl().pathSegments()).contains("Catalog_Контрагенты");
    assertThat(request.getUrl().queryParameter("$select")).isEqualTo("Ref_Key,Description,ИНН,"
        + "КонтактнаяИнформация/Тип,КонтактнаяИнформация/АдресЭП,КонтактнаяИнформация/НомерТелефона,"
        + "КонтактнаяИнформация/Представление,ЮридическоеФизическоеЛицо");
    PayerContacts payer = contacts.get(ivanov);
    assertThat(payer.name()).isEqualTo("Иванов Иван Иванович");
    assertThat(payer.inn()).isEmpty();
    assertThat(payer.legalForm()).isEqualTo(LegalForm.NATURAL_PERSON);
    assertThat(payer.emails()).as("every e-mail row, in order, unvalidated").containsExactly("нет", "ivanov@example.ru");
    assertThat(payer.phones()).containsExactly("8 (495) 123-45-67", "моб. 8 (916) 123-45-67");
  }

  @Test
  void resolvesPropertiesByDeveloperNameWithACaptionFallback() {
    mock.json(200, "properties.json");
    Map<String, AdditionalProperty> found;
    try (OnecClient client = mock.clientBuilder().build()) {
      found = client.additionalPropertiesByName(List.of("СчетМаш_СтатусЧека", "СчетМаш_ДатаПроверкиСтатусаЧека",
          "СчетМаш_НомерЧека"));
    }
    assertThat(found).containsOnlyKeys("СчетМаш_СтатусЧека", "СчетМаш_ДатаПроверкиСтатусаЧека");
    assertThat(found.get("СчетМаш_СтатусЧека").key()).isEqualTo(PROPERTY);
  }

  @Test
  void checkSetupNamesWhatIsMissingAndHowToAddIt() {
    mock.json(200, "service-document-without-register.json").json(200, "properties.json");
    SetupReport report;
    try (OnecClient client = mock.clientBuilder().build()) {
      report = client.checkSetup(SampleRequirements.receiptProperties());
    }
    assertThat(report.isOk()).isFalse();
    assertThat(report.missingEntitySets()).containsExactly("InformationRegister_ДополнительныеСведения");
    assertThat(report.missingProperties()).extracting(PropertyRequirement::name)
        .containsExactly("СчетМаш_НомерЧека");
    assertThat(report.describe())
        .contains("УстановитьСоставСтандартногоИнтерфейсаOData")
        .contains("«СчетМаш_НомерЧека» (Число (10, 0)) is missing")
        .contains("name for developers (Имя)");
    assertThat(mock.take().getTarget()).isEqualTo("/base/odata/standard.odata/?$format=json");
  }

  @Test
  void acceptsTheInfobaseUrlAndAddsTheServiceRoot() {
    try (OnecClient client = OnecClient.builder().serviceRoot("http://127.0.0.1:9/acc/").user("u").password("p")
        .serverZone(java.time.ZoneOffset.UTC).build()) {
      assertThat(client.config().serviceRoot()).isEqualTo("http://127.0.0.1:9/acc/odata/standard.odata/");
    }
    try (OnecClient client = OnecClient.builder().serviceRoot("http://127.0.0.1:9/acc/odata/standard.odata")
        .user("u").password("p").serverZone(java.time.ZoneOffset.UTC).build()) {
      assertThat(client.config().serviceRoot()).isEqualTo("http://127.0.0.1:9/acc/odata/standard.odata/");
    }
  }

  @Test
  void aStreamWithoutOrderIsRefused() {
    try (OnecClient client = mock.clientBuilder().build()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.stream(
          io.github.receiptbridge.onec.query.ODataQuery.of("Catalog_Контрагенты")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$orderby");
    }
  }
}
