package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.OnecSandbox;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The service document, {@code $metadata}, {@code $batch} and Atom for requests without {@code $format}. */
class ServiceLevelTest {
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
  void theServiceDocumentListsThePublishedSets() {
    OnecHttp.Answer answer = http.get("?$format=json");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/json;odata=minimalmetadata;charset=utf-8");
    assertThat(answer.body()).startsWith("{\n \"odata.metadata\": \"" + sandbox.serviceRoot() + "$metadata\",\n"
        + " \"value\": [\n  {\n   \"name\": \"Catalog_Организации\",\n   \"url\": \"Catalog_Организации\"\n  },\n");
    assertThat(answer.body()).contains("\"name\": \"InformationRegister_ДополнительныеСведения\"",
        "\"name\": \"ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения\"",
        "\"name\": \"Document_ПоступлениеНаРасчетныйСчет_РасшифровкаПлатежа\"");
  }

  @Test
  void metadataIsWellFormedEdmxOfTheSimulatedSets() throws Exception {
    OnecHttp.Answer answer = http.get("$metadata");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/xml;charset=utf-8");
    Document edmx = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(edmx.getDocumentElement().getTagName()).isEqualTo("edmx:Edmx");
    assertThat(answer.body()).contains("m:DataServiceVersion=\"3.0\"", "Namespace=\"StandardODATA\"",
        "<EntityContainer Name=\"StandardODATA\" m:IsDefaultEntityContainer=\"true\">",
        "<EntityType Name=\"Document_ПоступлениеНаРасчетныйСчет\"><Key><PropertyRef Name=\"Ref_Key\"/></Key>",
        "<Property Name=\"Контрагент\" Type=\"Edm.String\" Nullable=\"true\"/>"
            + "<Property Name=\"Контрагент_Type\" Type=\"Edm.String\" Nullable=\"true\"/>",
        "<Property Name=\"ВидОперации\" Type=\"Edm.String\" Nullable=\"true\"/>",
        "<EnumType Name=\"ВидыОперацийПоступлениеДенежныхСредств\" UnderlyingType=\"Edm.Int32\">"
            + "<Member Name=\"ОплатаПокупателя\" Value=\"0\"/>",
        "<Property Name=\"РасшифровкаПлатежа\" Type=\"Collection(StandardODATA."
            + "Document_ПоступлениеНаРасчетныйСчет_РасшифровкаПлатежа_RowType)\" Nullable=\"false\"/>",
        "<ComplexType Name=\"Document_ПоступлениеНаРасчетныйСчет_РасшифровкаПлатежа_RowType\">",
        "<NavigationProperty Name=\"Организация\" Relationship=\"StandardODATA."
            + "Document_ПоступлениеНаРасчетныйСчет_Организация\" FromRole=\"Begin\" ToRole=\"End\"/>",
        "<FunctionImport Name=\"Post\" IsBindable=\"true\" IsSideEffecting=\"true\"><Parameter "
            + "Name=\"bindingParameter\" Type=\"StandardODATA.Document_ПоступлениеНаРасчетныйСчет\"/><Parameter "
            + "Name=\"PostingModeOperational\" Type=\"Edm.Boolean\"/></FunctionImport>",
        "<FunctionImport Name=\"Unpost\" IsBindable=\"true\"",
        "<EntityType Name=\"InformationRegister_ДополнительныеСведения\"><Key><PropertyRef Name=\"Объект\"/>"
            + "<PropertyRef Name=\"Объект_Type\"/><PropertyRef Name=\"Свойство_Key\"/></Key>",
        "<EntitySet Name=\"Catalog_Организации\" EntityType=\"StandardODATA.Catalog_Организации\"/>");
    assertThat(answer.body()).doesNotContain("<NavigationProperty Name=\"СчетОрганизации\"");
  }

  @Test
  void batchIsRefusedWithAnXmlServiceError() {
    OnecHttp.Answer answer = http.post("$batch", "--batch_1\r\n");

    assertThat(answer.status()).isEqualTo(501);
    assertThat(answer.contentType()).isEqualTo("application/xml;charset=utf-8");
    assertThat(answer.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<m:error xmlns:m=\"http://schemas.microsoft.com/ado/2007/08/dataservices/metadata\"><m:code>0</m:code>"
        + "<m:message xml:lang=\"ru\">Произошла ошибка сервиса</m:message></m:error>\n");
  }

  @Test
  void withoutFormatTheAnswerIsAnAtomFeed() throws Exception {
    sandbox.data().addOrganization("УК «Дом & Сад»", "7701234567", "770101001");

    OnecHttp.Answer answer = http.get("Catalog_Организации?$select=Ref_Key,Description,КПП");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/atom+xml;type=feed;charset=utf-8");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document feed = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
    assertThat(feed.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(1);
    assertThat(answer.body()).contains("<d:Description>УК «Дом &amp; Сад»</d:Description>",
        "<d:Ref_Key m:type=\"Edm.Guid\">", "<d:КПП>770101001</d:КПП>",
        "<category term=\"StandardODATA.Catalog_Организации\"");
  }

  @Test
  void withoutFormatASingleEntityIsAnAtomEntryAndAnErrorIsXml() {
    java.util.UUID key = sandbox.data().addOrganization("УК", "7701234567", "770101001");

    OnecHttp.Answer entry = http.get("Catalog_Организации(guid'" + key + "')");
    OnecHttp.Answer missing = http.get("Catalog_Организации(guid'00000000-0000-0000-0000-000000000001')");

    assertThat(entry.contentType()).isEqualTo("application/atom+xml;type=entry;charset=utf-8");
    assertThat(entry.body()).contains("<entry xmlns=\"http://www.w3.org/2005/Atom\"",
        "<id>" + sandbox.serviceRoot() + "Catalog_Организации(guid'" + key + "')</id>");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("<m:code>9</m:code>", "Экземпляр сущности не найден");
  }

  @Test
  void acceptJsonWithoutFormatGivesJson() {
    OnecHttp.Answer answer = http.get("?$format=application/json;odata=nometadata");

    assertThat(answer.contentType()).isEqualTo("application/json;odata=nometadata;charset=utf-8");
    assertThat(answer.body()).startsWith("{\n \"value\": [");
  }

  @Test
  void anUnknownFormatIsCode3() {
    OnecHttp.Answer answer = http.get("Catalog_Организации?$format=csv");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("<m:code>3</m:code>");
  }
}
