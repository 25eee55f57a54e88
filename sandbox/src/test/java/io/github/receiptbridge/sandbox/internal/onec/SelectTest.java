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

/** {@code $select}: {@code *}, {@code **}, tabular-part columns, presentations and unknown names. */
class SelectTest {
  private static final String DOCUMENTS = "Document_ПоступлениеНаРасчетныйСчет";

  private OnecSandbox sandbox;
  private OnecHttp http;
  private UUID document;
  private UUID counterparty;

  @BeforeEach
  void start() {
    sandbox = OnecSandbox.start();
    http = new OnecHttp(sandbox);
    UUID org = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
    counterparty = sandbox.data().addCounterparty("Иванов Иван Иванович", "", "ivanov@example.ru",
        "8 (916) 123-45-67");
    document = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org)
        .date(LocalDateTime.of(2024, 3, 4, 12, 0)).amount(new BigDecimal("2500.50")).counterparty(counterparty)
        .build());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void doubleStarDropsTabularPartsWhileStarAndNoSelectKeepThem() {
    String doubleStar = http.get(DOCUMENTS + "?$format=json&$select=**").body();
    String star = http.get(DOCUMENTS + "?$format=json&$select=*").body();
    String none = http.get(DOCUMENTS + "?$format=json").body();

    assertThat(doubleStar).contains("\"НазначениеПлатежа\"", "\"Организация@navigationLinkUrl\"")
        .doesNotContain("РасшифровкаПлатежа", "РеквизитыКонтрагента");
    assertThat(star).contains("\"РасшифровкаПлатежа\": [", "\"РеквизитыКонтрагента\": []").isEqualTo(none);
  }

  @Test
  void tabularColumnsSelectOnlyThoseColumnsOfEachRow() {
    String body = http.get("Catalog_Контрагенты?$format=json&$filter=Ref_Key eq guid'" + counterparty + "'"
        + "&$select=Ref_Key,Description,ИНН,КонтактнаяИнформация/Тип,КонтактнаяИнформация/АдресЭП,"
        + "КонтактнаяИнформация/НомерТелефона,КонтактнаяИнформация/Представление").body();

    assertThat(body).isEqualTo("{\n"
        + " \"odata.metadata\": \"" + sandbox.serviceRoot() + "$metadata#Catalog_Контрагенты\",\n"
        + " \"value\": [\n"
        + "  {\n"
        + "   \"Ref_Key\": \"" + counterparty + "\",\n"
        + "   \"Description\": \"Иванов Иван Иванович\",\n"
        + "   \"ИНН\": \"\",\n"
        + "   \"КонтактнаяИнформация\": [\n"
        + "    {\n"
        + "     \"Тип\": \"Телефон\",\n"
        + "     \"Представление\": \"8 (916) 123-45-67\",\n"
        + "     \"АдресЭП\": \"\",\n"
        + "     \"НомерТелефона\": \"8 (916) 123-45-67\"\n"
        + "    },\n"
        + "    {\n"
        + "     \"Тип\": \"АдресЭлектроннойПочты\",\n"
        + "     \"Представление\": \"ivanov@example.ru\",\n"
        + "     \"АдресЭП\": \"ivanov@example.ru\",\n"
        + "     \"НомерТелефона\": \"\"\n"
        + "    }\n"
        + "   ]\n"
        + "  }\n"
        + " ]\n"
        + "}");
  }

  @Test
  void anUnknownNameIs400Code6NamingIt() {
    OnecHttp.Answer plain = http.get("Catalog_Организации?$format=json&$select=Ref_Key,ИННН");
    OnecHttp.Answer column = http.get("Catalog_Контрагенты?$format=json&$select=КонтактнаяИнформация/Почта");

    assertThat(plain.status()).isEqualTo(400);
    assertThat(plain.body()).isEqualTo(OnecHttp.error("6", "Сегмент пути ИННН не найден!"));
    assertThat(column.body()).isEqualTo(OnecHttp.error("6", "Сегмент пути Почта не найден!"));
  }

  @Test
  void aCompositeIsSelectedAsAPairAndPresentationsOnlyWhenAskedFor() {
    String body = http.get(DOCUMENTS + "(guid'" + document + "')?$format=json"
        + "&$select=Контрагент,Контрагент____Presentation,Организация____Presentation").body();

    assertThat(body).isEqualTo("{\n"
        + " \"odata.metadata\": \"" + sandbox.serviceRoot() + "$metadata#" + DOCUMENTS + "/@Element\",\n"
        + " \"Контрагент\": \"" + counterparty + "\",\n"
        + " \"Контрагент_Type\": \"StandardODATA.Catalog_Контрагенты\",\n"
        + " \"Организация____Presentation\": \"УК Ромашка\",\n"
        + " \"Контрагент____Presentation\": \"Иванов Иван Иванович\"\n"
        + "}");
    assertThat(http.get(DOCUMENTS + "?$format=json").body()).doesNotContain("____Presentation");
  }

  @Test
  void expandInlinesTheReferencedObjectUnlessSelectLeavesItOut() {
    String expanded = http.get(DOCUMENTS + "?$format=json&$select=Number,Организация/Description,Организация/ИНН"
        + "&$expand=Организация").body();
    String leftOut = http.get(DOCUMENTS + "?$format=json&$select=Number&$expand=Организация").body();
    String everything = http.get(DOCUMENTS + "?$format=json&$expand=Организация").body();

    assertThat(expanded).contains("   \"Организация\": {\n    \"Description\": \"УК Ромашка\",\n"
        + "    \"ИНН\": \"7701234567\"\n   }");
    assertThat(leftOut).doesNotContain("\"Организация\":");
    assertThat(everything).contains("\"Организация\": {\n    \"Ref_Key\"", "\"ГоловнаяОрганизация@navigationLinkUrl\"");
    assertThat(http.get(DOCUMENTS + "?$format=json&$expand=СчетОрганизации").body())
        .isEqualTo(OnecHttp.error("6", "Сегмент пути СчетОрганизации не найден!"));
  }
}
