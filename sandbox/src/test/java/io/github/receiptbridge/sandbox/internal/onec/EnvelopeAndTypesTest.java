package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON envelopes, 1C property order and the wire forms of each type. */
class EnvelopeAndTypesTest {
  private static final String DOCUMENTS = "Document_ПоступлениеНаРасчетныйСчет";

  private OnecSandbox sandbox;
  private OnecHttp http;

  @BeforeEach
  void start() {
    sandbox = OnecSandbox.start();
    http = new OnecHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void aCollectionIsTheEnvelopeWithMembersInOneCOrderAndRawUtf8() {
    UUID key = sandbox.data().addOrganization("УК «Дом'ОК»", "7701234567", "770101001");

    OnecHttp.Answer answer = http.get("Catalog_Организации?$format=json"
        + "&$select=Ref_Key,Description,ИНН,КПП,НаименованиеПолное&$orderby=Description");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{\n"
        + " \"odata.metadata\": \"" + sandbox.serviceRoot() + "$metadata#Catalog_Организации\",\n"
        + " \"value\": [\n"
        + "  {\n"
        + "   \"Ref_Key\": \"" + key + "\",\n"
        + "   \"Description\": \"УК «Дом'ОК»\",\n"
        + "   \"НаименованиеПолное\": \"УК «Дом'ОК»\",\n"
        + "   \"ИНН\": \"7701234567\",\n"
        + "   \"КПП\": \"770101001\"\n"
        + "  }\n"
        + " ]\n"
        + "}");
  }

  @Test
  void anEmptyCollectionHasAnEmptyValueArray() {
    assertThat(http.get("Catalog_Организации?$format=json").body()).isEqualTo("{\n \"odata.metadata\": \""
        + sandbox.serviceRoot() + "$metadata#Catalog_Организации\",\n \"value\": []\n}");
  }

  @Test
  void aSingleEntityHasTheElementSuffixAndMembersAtTopLevel() {
    UUID key = sandbox.data().addOrganization("УК", "7701234567", "770101001");

    OnecHttp.Answer answer = http.get("Catalog_Организации(guid'" + key + "')?$format=json"
        + "&$select=Ref_Key,DataVersion,Description");

    assertThat(answer.body()).isEqualTo("{\n"
        + " \"odata.metadata\": \"" + sandbox.serviceRoot() + "$metadata#Catalog_Организации/@Element\",\n"
        + " \"Ref_Key\": \"" + key + "\",\n"
        + " \"DataVersion\": \"AAAAAQAAAAA=\",\n"
        + " \"Description\": \"УК\"\n"
        + "}");
  }

  @Test
  void aDocumentHasStandardFieldsAttributesTabularPartsAndLinksInThatOrder() throws Exception {
    UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
    UUID person = sandbox.data().addNaturalPerson("Иванов Иван Иванович", "ivanov@example.ru", null);
    UUID doc = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org)
        .date(LocalDateTime.of(2024, 3, 4, 12, 0)).amount(new BigDecimal("15000.00")).naturalPerson(person)
        .purpose("Оплата ЖКУ за февраль 2024, л/с 10023").build());

    OnecHttp.Answer answer = http.get(DOCUMENTS + "(guid'" + doc + "')?$format=json");
    JsonNode json = new ObjectMapper().readTree(answer.body());

    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertThat(names).startsWith("odata.metadata", "Ref_Key", "DataVersion", "DeletionMark", "Number", "Date",
        "Posted", "Организация_Key", "ВидОперации");
    assertThat(names).endsWith("РучнаяКорректировка", "РасшифровкаПлатежа", "РеквизитыКонтрагента",
        "Организация@navigationLinkUrl");
    assertThat(names).containsSubsequence("Контрагент", "Контрагент_Type", "СчетКонтрагента_Key",
        "СуммаДокумента");
    assertThat(answer.body()).contains(
        "\"Number\": \"0000-000001\"",
        "\"Date\": \"2024-03-04T12:00:00\"",
        "\"Posted\": true",
        "\"ВидОперации\": \"ОплатаПокупателя\"",
        "\"ДатаВходящегоДокумента\": \"0001-01-01T00:00:00\"",
        "\"Контрагент\": \"" + person + "\",\n \"Контрагент_Type\": \"StandardODATA.Catalog_ФизическиеЛица\"",
        "\"СуммаДокумента\": 15000,",
        "\"СуммаУслуг\": 0,",
        "\"ПодразделениеОрганизации_Key\": \"00000000-0000-0000-0000-000000000000\"",
        "\"ДокументОснование\": \"\",\n \"ДокументОснование_Type\": \"StandardODATA.Undefined\"",
        "\"LineNumber\": \"1\"",
        "\"КратностьВзаиморасчетов\": \"1\"",
        "\"СуммаПлатежа\": 15000,",
        "\"РеквизитыКонтрагента\": [],",
        "\"Организация@navigationLinkUrl\": \"" + DOCUMENTS + "(guid'" + doc + "')/Организация\"\n}");
    assertThat(answer.body()).doesNotContain("\\u", "15000.0", "СчетОрганизации@navigationLinkUrl");
  }

  @Test
  void fractionalAmountsAndEmptyPayersTakeOneCForms() {
    UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
    UUID doc = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org)
        .date(LocalDateTime.of(2024, 3, 5, 9, 30)).amount(new BigDecimal("1234.5600")).noPayer()
        .operationKind("ПрочееПоступление").posted(false).build());

    String body = http.get(DOCUMENTS + "(guid'" + doc + "')?$format=json").body();

    assertThat(body).contains("\"СуммаДокумента\": 1234.56,", "\"Posted\": false",
        "\"DataVersion\": \"AAAAAQAAAAA=\"",
        "\"Контрагент\": \"\",\n \"Контрагент_Type\": \"StandardODATA.Undefined\"",
        "\"РасшифровкаПлатежа\": [],");
  }

  @Test
  void fixedLengthStringsArePaddedAndSmallIntegersAreNumbers() {
    UUID counterparty = sandbox.data().addCounterparty("Петров Петр", "", null, "+7 (916) 123-45-67");

    String body = http.get("Catalog_Контрагенты(guid'" + counterparty + "')?$format=json").body();
    String property = http.get("ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения?$format=json&$top=1")
        .body();

    assertThat(body).contains("\"КПП\": \"         \",", "\"ЮридическоеФизическоеЛицо\": \"ФизическоеЛицо\"",
        "\"Тип\": \"Телефон\"", "\"НомерТелефона\": \"+7 (916) 123-45-67\"", "\"НомерТелефонаБезКодов\": \"1234567\"",
        "\"ДополнительныеРеквизиты\": [],", "\"Parent@navigationLinkUrl\"");
    assertThat(property).contains("\"МногострочноеПолеВвода\": 0,");
  }

  @Test
  void noMetadataDropsAnnotationsAndFullMetadataAddsThem() {
    UUID key = sandbox.data().addOrganization("УК", "7701234567", "770101001");

    String none = http.get("Catalog_Организации?$format=application/json;odata=nometadata").body();
    String full = http.get("Catalog_Организации(guid'" + key + "')?$format=application/json;odata=fullmetadata")
        .body();

    assertThat(none).startsWith("{\n \"value\": [").doesNotContain("odata.metadata", "@navigationLinkUrl");
    assertThat(full).contains("\"odata.type\": \"StandardODATA.Catalog_Организации\"",
        "\"odata.id\": \"" + sandbox.serviceRoot() + "Catalog_Организации(guid'" + key + "')\"",
        "\"ГоловнаяОрганизация@navigationLinkUrl\"");
  }

  @Test
  void registerRecordsHaveNoDataVersionAndCatalogsDo() {
    UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
    UUID doc = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org).build());
    sandbox.data().setAdditionalInfo(doc, "СчетМаш_НомерЧека", "1234", "Edm.Double");

    String body = http.get("InformationRegister_ДополнительныеСведения?$format=json").body();

    assertThat(body).isEqualTo("{\n"
        + " \"odata.metadata\": \"" + sandbox.serviceRoot()
        + "$metadata#InformationRegister_ДополнительныеСведения\",\n"
        + " \"value\": [\n"
        + "  {\n"
        + "   \"Объект\": \"" + doc + "\",\n"
        + "   \"Объект_Type\": \"StandardODATA.Document_ПоступлениеНаРасчетныйСчет\",\n"
        + "   \"Свойство_Key\": \"" + sandbox.data().propertyKey("СчетМаш_НомерЧека").orElseThrow() + "\",\n"
        + "   \"Значение\": \"1234\",\n"
        + "   \"Значение_Type\": \"Edm.Double\"\n"
        + "  }\n"
        + " ]\n"
        + "}");
  }

  @Test
  void theRowSetOfTheDecodingIsKeyedByRefKeyAndLineNumber() {
    UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
    UUID doc = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org)
        .amount(new BigDecimal("99.9")).build());

    String rows = http.get(DOCUMENTS + "_РасшифровкаПлатежа?$format=json&$filter=Ref_Key eq guid'" + doc + "'")
        .body();
    String row = http.get(DOCUMENTS + "_РасшифровкаПлатежа(Ref_Key=guid'" + doc + "',LineNumber=1)?$format=json")
        .body();

    assertThat(rows).contains("\"LineNumber\": \"1\"", "\"СуммаПлатежа\": 99.9,");
    assertThat(row).contains("$metadata#" + DOCUMENTS + "_РасшифровкаПлатежа/@Element", "\"Ref_Key\": \"" + doc);
    assertThat(http.post(DOCUMENTS + "_РасшифровкаПлатежа?$format=json", "{\"LineNumber\":\"2\"}").body())
        .contains("\"code\": \"13\"");
  }
}
