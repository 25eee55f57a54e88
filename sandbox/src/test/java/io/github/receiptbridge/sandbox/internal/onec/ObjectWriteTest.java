package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes of catalog items and documents, Post/Unpost, and 1C's lax validation. */
class ObjectWriteTest {
  private static final String DOCUMENTS = "Document_ПоступлениеНаРасчетныйСчет";

  private OnecSandbox sandbox;
  private OnecHttp http;
  private UUID org;
  private UUID document;

  @BeforeEach
  void start() {
    sandbox = OnecSandbox.start();
    http = new OnecHttp(sandbox);
    org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
    document = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org)
        .date(LocalDateTime.of(2024, 3, 4, 12, 0)).amount(new BigDecimal("100")).build());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private String documentUrl() {
    return DOCUMENTS + "(guid'" + document + "')?$format=json";
  }

  @Test
  void patchUpdatesOnlyTheGivenPropertiesBumpsTheVersionAndAnswersTheFullEntity() {
    OnecHttp.Answer first = http.patch(documentUrl(), "{\"НазначениеПлатежа\":\"Оплата\",\"Ref_Key\":\""
        + UUID.randomUUID() + "\",\"Неизвестное\":1,\"odata.metadata\":\"x\"}");
    OnecHttp.Answer second = http.patch(documentUrl(), "{\"НазначениеПлатежа\":\"Оплата\",\"Posted\":false}");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body()).contains("\"Ref_Key\": \"" + document + "\"", "\"НазначениеПлатежа\": \"Оплата\"",
        "\"СуммаДокумента\": 100,", "\"DataVersion\": \"AAAABAAAAAA=\"", "\"РасшифровкаПлатежа\": [");
    assertThat(second.body()).contains("\"DataVersion\": \"AAAABQAAAAA=\"", "\"Posted\": true");
  }

  @Test
  void aPatchedDateMovesTheDocumentInTheOrder() {
    UUID later = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org)
        .date(LocalDateTime.of(2024, 3, 10, 0, 0)).build());

    http.patch(documentUrl(), "{\"Date\":\"2024-03-20T00:00:00\"}");

    assertThat(sandbox.data().bankReceiptKeys()).containsExactly(later, document);
  }

  @Test
  void laxValidationCutsLongStringsButRejectsBadGuidsBooleansAndJson() {
    OnecHttp.Answer longText = http.patch(documentUrl(), "{\"НазначениеПлатежа\":\"" + "х".repeat(250) + "\"}");
    OnecHttp.Answer badGuid = http.patch(documentUrl(), "{\"Организация_Key\":\"не guid\"}");
    OnecHttp.Answer badBoolean = http.patch(documentUrl(), "{\"DeletionMark\":\"да\"}");
    OnecHttp.Answer badJson = http.patch(documentUrl(), "{\"DeletionMark\": tru");
    OnecHttp.Answer ignoredInt = http.patch(documentUrl(), "{\"РасшифровкаПлатежа\":[{\"LineNumber\":\"1\","
        + "\"КратностьВзаиморасчетов\":\"много\",\"СуммаПлатежа\":100}]}");

    assertThat(longText.body()).contains("\"НазначениеПлатежа\": \"" + "х".repeat(210) + "\"");
    assertThat(badGuid.status()).isEqualTo(400);
    assertThat(badGuid.body()).contains("\"code\": \"1\"", "Edm.Guid");
    assertThat(badBoolean.body()).contains("\"code\": \"1\"", "Edm.Boolean");
    assertThat(badJson.status()).isEqualTo(500);
    assertThat(badJson.body()).contains("\"code\": \"-1\"");
    assertThat(ignoredInt.status()).isEqualTo(200);
    assertThat(ignoredInt.body()).contains("\"КратностьВзаиморасчетов\": \"0\"");
  }

  @Test
  void tabularPartsAreReplacedWholeAndNeedLineNumbersFromOne() {
    OnecHttp.Answer replaced = http.patch(documentUrl(), "{\"РасшифровкаПлатежа\":[{\"LineNumber\":\"1\","
        + "\"СуммаПлатежа\":60},{\"LineNumber\":\"2\",\"СуммаПлатежа\":40}]}");
    OnecHttp.Answer gap = http.patch(documentUrl(), "{\"РасшифровкаПлатежа\":[{\"LineNumber\":\"2\"}]}");
    OnecHttp.Answer missing = http.patch(documentUrl(), "{\"РасшифровкаПлатежа\":[{\"СуммаПлатежа\":1}]}");

    assertThat(replaced.body()).contains("\"LineNumber\": \"2\"", "\"СуммаПлатежа\": 40,");
    assertThat(http.get(DOCUMENTS + "_РасшифровкаПлатежа?$format=json&$filter=Ref_Key eq guid'" + document + "'")
        .body()).contains("\"LineNumber\": \"2\"");
    assertThat(gap.status()).isEqualTo(400);
    assertThat(missing.status()).isEqualTo(500);
  }

  @Test
  void postCreatesACatalogItemWith201LocationAndAFreshVersion() {
    OnecHttp.Answer created = http.post("Catalog_Контрагенты?$format=json",
        "{\"Description\":\"ООО Вектор\",\"ИНН\":\"7712345678\",\"Неизвестное\":true}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location()).startsWith(sandbox.serviceRoot() + "Catalog_Контрагенты(guid'");
    assertThat(created.body()).contains("\"DataVersion\": \"AAAAAAAAAAA=\"", "\"Code\": \"00-000001\"",
        "\"Description\": \"ООО Вектор\"", "\"КонтактнаяИнформация\": []");
  }

  @Test
  void postCreatesAnUnpostedDocumentWithTheNextNumber() {
    OnecHttp.Answer created = http.post(DOCUMENTS + "?$format=json", "{\"Date\":\"2024-03-05T10:00:00\","
        + "\"Организация_Key\":\"" + org + "\",\"СуммаДокумента\":\"15.5\",\"Posted\":true}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).contains("\"Number\": \"0000-000002\"", "\"Posted\": false",
        "\"СуммаДокумента\": 15.5,");
  }

  @Test
  void deleteRemovesPhysically() {
    assertThat(http.delete(DOCUMENTS + "(guid'" + document + "')").status()).isEqualTo(204);
    assertThat(http.get(documentUrl()).status()).isEqualTo(404);
    assertThat(http.delete(DOCUMENTS + "(guid'" + document + "')").status()).isEqualTo(404);
  }

  @Test
  void postAndUnpostFlipPostedAndAMarkedDocumentCannotBePosted() {
    OnecHttp.Answer unpost = http.post(DOCUMENTS + "(guid'" + document + "')/Unpost?$format=json", null);
    String afterUnpost = http.get(documentUrl()).body();
    http.patch(documentUrl(), "{\"DeletionMark\":true}");
    OnecHttp.Answer post = http.post(DOCUMENTS + "(guid'" + document + "')/Post?$format=json"
        + "&PostingModeOperational=false", null);

    assertThat(unpost.status()).isEqualTo(200);
    assertThat(unpost.body()).isEmpty();
    assertThat(afterUnpost).contains("\"Posted\": false", "\"DataVersion\": \"AAAABAAAAAA=\"");
    assertThat(post.status()).isEqualTo(500);
    assertThat(post.body()).contains("\"code\": \"-1\"", "помечен на удаление");
  }

  @Test
  void putReplacesEveryPropertyOfACatalogItem() {
    UUID item = sandbox.data().addCounterparty("ООО Вектор", "7712345678", "buh@vector.ru", null);

    OnecHttp.Answer answer = http.send("PUT", "Catalog_Контрагенты(guid'" + item + "')?$format=json",
        "{\"Description\":\"ООО Вектор-2\"}", sandbox.user(), sandbox.password());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("\"Description\": \"ООО Вектор-2\"", "\"ИНН\": \"\"",
        "\"КонтактнаяИнформация\": []", "\"DataVersion\": \"AAAAAgAAAAA=\"");
  }
}
